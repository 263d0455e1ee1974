'use strict';
// Registry entries of the Recording resource (see devkit/vendors/huawei.js).
const { rl, node, byIndex } = require('./common');

const recUuid = (i) => `ab${String(i).padStart(30, '0')}`;
/** n recordings with known confUUIDs (Delete removes them, so they come back before each run). */
function ensureRecordings(fake, n) {
	for (let i = 0; i < n; i++)
		if (!fake.recordings.has(recUuid(i)))
			fake.addRecording({ confUUID: recUuid(i), subject: `Recorded ${i}`, sizes: [4096] });
}
const byUuid = (operation, extra = {}) => ({
	idempotent: true,
	workflow: (options) =>
		node(
			{ resource: 'recording', operation, confUUID: rl('={{ $json.confUUID }}'), ...extra },
			options,
		),
	items: byIndex((i) => ({ confUUID: recUuid(i) })),
	prepare: ensureRecordings,
});

module.exports = {
	'recording.getAll': {
		idempotent: true,
		workflow: (options) =>
			node(
				{
					resource: 'recording',
					operation: 'getAll',
					startDate: '={{ $now.minus({ days: 7 }).toISO() }}',
					returnAll: false,
					limit: 5,
				},
				options,
			),
		items: byIndex((i) => ({ i })),
		prepare: (fake) => ensureRecordings(fake, 5),
	},
	'recording.getDownloadLinks': byUuid('getDownloadLinks'),
	'recording.download': byUuid('download', { maxFileSizeMb: 1 }),
	'recording.delete': {
		// Sent again after it arrived, it would fail on recordings already gone: never resent.
		idempotent: false,
		workflow: (options) =>
			node(
				{ resource: 'recording', operation: 'delete', confUUIDs: '={{ $json.confUUIDs }}' },
				options,
			),
		items: byIndex((i) => ({ confUUIDs: [recUuid(i)] })),
		prepare: ensureRecordings,
	},
};
