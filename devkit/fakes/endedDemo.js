'use strict';
// The Huawei Cloud Meeting demo state plus two meetings that ended in the last week, with their
// attendance (examples/attendance-sheet.json reads them). Kept apart from the Huawei fake's own
// demo seed, which other examples count on as it is.
const DAY = 24 * 3600 * 1000;
const MIN = 60_000;

const record = (displayName, callNumber, joinTime, leftTime) => ({
	displayName,
	callNumber,
	deviceType: 'PC',
	joinTime,
	leftTime,
	mediaType: 'HDVideo',
	deptName: '',
});

/** `vendor` (the Huawei demoVendor) whose seed also adds the ended meetings. */
function withEndedMeetings(vendor) {
	return {
		...vendor,
		seed(fake) {
			vendor.seed(fake);
			const at = Date.now() - 2 * DAY;
			fake.addEnded({
				conferenceID: '960000011',
				confUUID: 'demo0ended0000000000000000000001',
				subject: 'Quarterly planning',
				start: at,
				length: 60,
				records: [
					record('Alice', 'alice@demo', at + 2 * MIN, at + 60 * MIN),
					record('Bob', 'bob@demo', at + 10 * MIN, at + 45 * MIN),
				],
			});
			fake.addEnded({
				conferenceID: '960000012',
				confUUID: 'demo0ended0000000000000000000002',
				subject: 'Vendor review',
				start: at - DAY,
				length: 30,
				records: [record('Alice', 'alice@demo', at - DAY, at - DAY + 30 * MIN)],
			});
		},
	};
}

module.exports = { withEndedMeetings };
