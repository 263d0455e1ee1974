'use strict';
// UpdateMeeting of the fake Huawei API (PUT /v1/mmc/management/conferences?conferenceID, a
// RestScheduleConfDTO body, SDK 3.1.209): mediaTypes required, startTime UTC "yyyy-MM-dd HH:mm",
// length 15..1440; a meeting that has started cannot be changed. Answers [ConferenceInfo].
const MEDIA = ['Voice', 'Video', 'HDVideo', 'Data'];
const UTC_MINUTE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
const KNOWN = ['subject', 'startTime', 'length', 'mediaTypes', 'attendees', 'vmrFlag', 'vmrID'];

/** `info` renders a meeting as the API shows it (meetings.js). */
function updateMeeting(fake, r, m, info) {
	if (!m)
		return fake.err(r, 400, 'MMC.111070004', `conference ${r.query.conferenceID} does not exist`);
	const b = r.body;
	if (!b || typeof b !== 'object' || Array.isArray(b))
		return fake.err(r, 400, 'MMC.111070001', 'body must be a JSON object');
	const unknown = Object.keys(b).find((k) => !KNOWN.includes(k));
	if (unknown) return fake.err(r, 400, 'MMC.111070001', `unknown field ${unknown}`);
	if (typeof b.mediaTypes !== 'string' || !b.mediaTypes.split(',').every((t) => MEDIA.includes(t)))
		return fake.err(
			r,
			400,
			'MMC.111070001',
			'mediaTypes is required: Voice, Video, HDVideo or Data',
		);
	const when = String(b.startTime ?? '').match(UTC_MINUTE);
	if (b.startTime !== undefined && !when)
		return fake.err(r, 400, 'MMC.111070001', 'startTime must be UTC "yyyy-MM-dd HH:mm"');
	if (b.length !== undefined && (!Number.isInteger(b.length) || b.length < 15 || b.length > 1440))
		return fake.err(r, 400, 'MMC.111070001', 'length must be 15..1440 minutes');
	if (b.subject !== undefined && (typeof b.subject !== 'string' || b.subject.length > 128))
		return fake.err(r, 400, 'MMC.111070001', 'subject must be at most 128 characters');
	if (m.start <= Date.now())
		return fake.err(r, 400, 'MMC.111070006', 'the conference has started and cannot be changed');
	if (when) m.start = Date.UTC(+when[1], +when[2] - 1, +when[3], +when[4], +when[5]);
	if (b.length !== undefined) m.length = b.length;
	if (b.subject !== undefined) m.subject = b.subject;
	m.mediaTypes = b.mediaTypes;
	return fake.ok(r, [info(m)]);
}

module.exports = { updateMeeting };
