'use strict';
// What several Huawei registry modules share: the node workflow, seeded state and its ids.
const { singleNodeWorkflow } = require('../../engine');

/** The chair password of every meeting prepare() makes; a secret the scans look for. */
const CHAIR = 'chair-8026517';
const meetingIdOf = (i) => String(970000000 + i);
const rl = (value) => ({ __rl: true, mode: 'id', value });
const node = (parameters, options) =>
	singleNodeWorkflow('huaweiCloudMeeting', { ...parameters, options }, 'huaweiCloudMeetingApi');
const byIndex = (make) => (n) => Array.from({ length: n }, (_, i) => ({ json: make(i) }));
const accountLists = (counts) =>
	counts.map((c, i) => ({
		json: { accounts: Array.from({ length: c }, (_, k) => `member-${i}-${k}@corp`) },
	}));
function ensureMeetings(fake, n) {
	for (let i = 0; i < n; i++)
		if (!fake.meetings.has(meetingIdOf(i)))
			fake.addMeeting({ conferenceID: meetingIdOf(i), chairPwd: CHAIR });
}
const uuidOf = (i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
/** n ended sessions with known confUUIDs, each with one attendance record. */
function ensureEnded(fake, n) {
	for (let i = 0; i < n; i++)
		if (!fake.history.some((h) => h.confUUID === uuidOf(i)))
			fake.addEnded({
				confUUID: uuidOf(i),
				records: [
					{
						displayName: `Member ${i}`,
						callNumber: `+990${i}`,
						deviceType: 'PC',
						joinTime: Date.now() - 3600000,
						leftTime: Date.now() - 60000,
						mediaType: 'HDVideo',
						deptName: '',
					},
				],
			});
}
function ensureUsers(fake, n) {
	for (let i = 0; i < n; i++)
		if (!fake.users.has(`member-${i}@corp`))
			fake.addUser(`member-${i}@corp`, { password: `pw-${i}-x`, admin: false });
}

module.exports = {
	CHAIR,
	meetingIdOf,
	rl,
	node,
	byIndex,
	accountLists,
	ensureMeetings,
	uuidOf,
	ensureEnded,
	ensureUsers,
};
