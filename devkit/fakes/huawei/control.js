'use strict';
// Participant control of the fake Huawei API, with the conference token (checked by handleControl in
// meetings.js): HangUp (POST …/participants/delete) and MuteParticipant (PUT …/participants/mute).
// The 100-per-call limit of bulkHangUpParticipants is our guess (UNCONFIRMED, docs/huawei.md).

const HANG_UP_LIMIT = 100;

/** The participant APIs for meeting `m`; undefined when the request is not one of them. */
function handleParticipants(fake, r, m) {
	const b = r.body ?? {};
	const online = (m.online ??= new Map());
	if (r.path === '/v1/mmc/control/conferences/participants/delete' && r.method === 'POST') {
		const ids = b.bulkHangUpParticipants;
		if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === ''))
			return fake.err(r, 400, 'MMC.111070001', 'bulkHangUpParticipants must be participant IDs');
		if (ids.length < 1 || ids.length > HANG_UP_LIMIT)
			return fake.err(r, 400, 'MMC.111070001', `bulkHangUpParticipants holds 1..${HANG_UP_LIMIT}`);
		// autoCreate (bulk and fault tests): a participant named for the first time has just joined.
		if (fake.autoCreate)
			for (const id of ids) if (!online.has(id)) fake.join(m.conferenceID, { participantId: id });
		const missing = ids.find((id) => !online.has(id));
		if (missing)
			return fake.err(r, 400, 'MMC.111072004', `participant ${missing} is not in the conference`);
		for (const id of ids) fake.leave(m.conferenceID, id);
		return fake.empty(r);
	}
	if (r.path === '/v1/mmc/control/conferences/participants/mute' && r.method === 'PUT') {
		const p = online.get(r.query.participantID);
		if (!p)
			return fake.err(
				r,
				400,
				'MMC.111072004',
				`participant ${r.query.participantID} is not in the conference`,
			);
		if (![0, 1].includes(b.isMute) || Object.keys(b).length !== 1)
			return fake.err(r, 400, 'MMC.111070001', 'body must be {isMute: 0 or 1}');
		p.muted = b.isMute === 1;
		return fake.empty(r);
	}
	return undefined;
}

module.exports = { handleParticipants, HANG_UP_LIMIT };
