'use strict';
// Cloud recordings of the fake Huawei API (SDK 3.1.209 MeetingClient.ts): SearchRecordings
// (GET /v1/mmc/management/record/files), ShowRecordingFileDownloadUrls (GET …/record/downloadurls),
// DeleteRecordings (DELETE …/record/files?confUUIDs=a,b), and the files themselves on object storage
// (/obs/…, outside the API): served in chunks with Content-Length, refused when any credential is
// sent there. The 100-per-call limit of confUUIDs is our guess (UNCONFIRMED, docs/huawei.md).
const crypto = require('node:crypto');
const { utcMinute } = require('./meetings');

const DELETE_LIMIT = 100;
const PAGE_MAX = 500;
const OBS_PATH = /^\/obs\/([0-9a-f]{32})\/(\d+)\.mp4$/;
const CHUNK = 64 * 1024;

/** A recording of an ended meeting; `sizes` are its files' byte counts. Returns its confUUID. */
function addRecording(
	fake,
	{ subject = 'Recorded meeting', start = Date.now() - 86400000, sizes = [2048], confUUID } = {},
) {
	const uuid = confUUID ?? crypto.randomBytes(16).toString('hex');
	fake.recordings.set(uuid, {
		confUUID: uuid,
		confID: String(980000000 + fake.recordings.size),
		subject,
		start,
		files: sizes.map((size, n) => ({ size, fileType: n === 0 ? 'Hd' : 'Aux' })),
	});
	return uuid;
}

const row = (rec) => ({
	confUUID: rec.confUUID,
	confID: rec.confID,
	url: [],
	rcdTime: 60,
	rcdSize: rec.files.reduce((a, f) => a + f.size, 0),
	subject: rec.subject,
	scheduserName: 'Admin',
	startTime: utcMinute(rec.start),
	isDecodeFinish: true,
	available: true,
	recordAuthType: 0,
});

const isMs = (v) => /^\d{1,15}$/.test(String(v ?? ''));

function search(fake, r) {
	const q = r.query;
	if (!isMs(q.startDate) || !isMs(q.endDate))
		return fake.err(r, 400, 'MMC.111070001', 'startDate and endDate (milliseconds) are required');
	const offset = Number(q.offset ?? 0);
	const limit = Number(q.limit ?? 20);
	if (
		!Number.isInteger(offset) ||
		offset < 0 ||
		!Number.isInteger(limit) ||
		limit < 1 ||
		limit > PAGE_MAX
	)
		return fake.err(r, 400, 'MMC.111070001', `offset >= 0, limit 1..${PAGE_MAX}`);
	if (q.sortType !== undefined && !['ASC_StartTIME', 'DSC_StartTIME'].includes(q.sortType))
		return fake.err(r, 400, 'MMC.111070001', 'sortType must be ASC_StartTIME or DSC_StartTIME');
	const all = [...fake.recordings.values()]
		.filter((x) => x.start >= Number(q.startDate) && x.start <= Number(q.endDate))
		.filter(
			(x) => !q.searchKey || x.subject.includes(q.searchKey) || x.confID.includes(q.searchKey),
		)
		.sort((a, b) => (q.sortType === 'ASC_StartTIME' ? a.start - b.start : b.start - a.start));
	return fake.ok(r, {
		offset,
		limit,
		count: all.length,
		data: all.slice(offset, offset + limit).map(row),
	});
}

function downloadUrls(fake, r) {
	const rec = fake.recordings.get(r.query.confUUID ?? '');
	if (!rec)
		return fake.err(r, 400, 'MMC.111070005', `no recording of conference ${r.query.confUUID}`);
	const urls = rec.files.map((f, n) => {
		const token = crypto.randomBytes(12).toString('hex');
		fake.downloadTokens.add(token);
		const sig = crypto.randomBytes(8).toString('hex');
		return {
			token,
			fileType: f.fileType,
			url: `${fake.url}/obs/${rec.confUUID}/${n}.mp4?Signature=${sig}`,
		};
	});
	return fake.ok(r, { recordUrls: [{ confUuid: rec.confUUID, urls }] });
}

function remove(fake, r) {
	const ids = String(r.query.confUUIDs ?? '')
		.split(',')
		.filter(Boolean);
	if (ids.length < 1 || ids.length > DELETE_LIMIT)
		return fake.err(
			r,
			400,
			'MMC.111070001',
			`confUUIDs holds 1..${DELETE_LIMIT} UUIDs, comma-separated`,
		);
	// autoCreate (bulk and fault tests): a recording named for the first time comes into being.
	if (fake.autoCreate)
		for (const id of ids) if (!fake.recordings.has(id)) addRecording(fake, { confUUID: id });
	const missing = ids.find((id) => !fake.recordings.has(id));
	if (missing) return fake.err(r, 400, 'MMC.111070005', `no recording of conference ${missing}`);
	for (const id of ids) fake.recordings.delete(id);
	return fake.empty(r);
}

/** A recording's bytes: a repeating pattern, written in chunks (the fake never holds the file). */
function serveFile(fake, r) {
	const m = r.path.match(OBS_PATH);
	const file = m && fake.recordings.get(m[1])?.files[Number(m[2])];
	const credentialSent = ['authorization', 'x-access-token', 'x-conference-authorization'].some(
		(h) => r.headers[h] !== undefined,
	);
	if (credentialSent || !file || !r.query.Signature)
		return {
			status: credentialSent ? 400 : 404,
			body: { code: credentialSent ? 'InvalidArgument' : 'NoSuchKey' },
		};
	const size = fake.obsLyingLength ?? file.size;
	return {
		status: 200,
		write(res) {
			res.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': size });
			let sent = 0;
			const more = () => {
				while (sent < file.size) {
					const n = Math.min(CHUNK, file.size - sent);
					const chunk = Buffer.alloc(n, sent % 251);
					sent += n;
					if (!res.write(chunk)) return res.once('drain', more);
				}
				res.end();
			};
			more();
		},
	};
}

/** The recording APIs and file downloads; undefined when the request is not one of them. */
function handleRecordings(fake, r) {
	if (r.path === '/v1/mmc/management/record/files' && r.method === 'GET') return search(fake, r);
	if (r.path === '/v1/mmc/management/record/files' && r.method === 'DELETE') return remove(fake, r);
	if (r.path === '/v1/mmc/management/record/downloadurls' && r.method === 'GET')
		return downloadUrls(fake, r);
	return undefined;
}

const recordingMethods = {
	addRecording(options) {
		return addRecording(this, options);
	},
};

module.exports = { handleRecordings, serveFile, recordingMethods, OBS_PATH, DELETE_LIMIT };
