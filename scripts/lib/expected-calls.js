'use strict';
// What each fake must receive (business calls as "METHOD path", sorted) for an example run from the
// demo state (devkit/fakes/*/demo.js), by vendor and example file. {new} stands for an id the
// DingTalk fake made during the run (a conference or scheduled conference the example created).
// Every dingtalk-*.json example needs a DingTalk entry (scripts/lib/e2e-steps.js checks).
module.exports = {
	DingTalk: {
		'dingtalk-room-administration.json': [
			'GET /v1.0/rooms/meetingRoomLists', // Rooms of the group: one page (the new group holds one room)
			'POST /v1.0/rooms/bookings/blacklist',
			'POST /v1.0/rooms/groups',
			'POST /v1.0/rooms/meetingrooms',
		],
		'dingtalk-schedule-and-start-conference.json': [
			'GET /v1.0/conference/scheduleConferences/sched-{new}/infos',
			'GET /v1.0/conference/videoConferences/conf-{new}/members',
			'POST /v1.0/conference/scheduleConferences',
			'POST /v1.0/conference/videoConferences',
			'POST /v1.0/conference/videoConferences/conf-{new}/allMembers/mute',
		],
		// Get Many finds the demo's two open conferences; each is locked.
		'dingtalk-schedule-lock-conferences.json': [
			'GET /v1.0/conference/orgConferences',
			'POST /v1.0/conference/videoConferences/demo-conf-1/lock',
			'POST /v1.0/conference/videoConferences/demo-conf-2/lock',
		],
		// The two conferences of the demo that ended in the last week, and each one's attendance.
		'attendance-sheet.json': [
			'GET /v1.0/conference/videoConferences/demo-ended-1/details',
			'GET /v1.0/conference/videoConferences/demo-ended-2/details',
			'GET /v1.0/conference/videoConferences/histories/dataLists',
		],
		'dingtalk-webhook-central-control.json': ['POST /v1.0/rooms/central/control'],
		'dingtalk-webhook-remove-blocklist.json': ['POST /v1.0/rooms/bookings/blacklist/remove'],
		// n8n's HTTP Request node with the DingTalk credential (token fetched by its preAuthentication).
		'any-api-http-request.json': [
			'POST /v1.0/conference/videoConferences/demo-conf-1/minutes/summaries/query',
		],
	},
	// Off-boarding: two leavers (alice owns one group and is a Huawei administrator; bob is not).
	'Tencent Cloud Chat': {
		'offboarding-across-vendors.json': [
			'POST /v4/group_open_http_svc/change_group_owner',
			'POST /v4/group_open_http_svc/delete_group_member',
			'POST /v4/group_open_http_svc/delete_group_member',
			'POST /v4/group_open_http_svc/get_joined_group_list',
			'POST /v4/group_open_http_svc/get_joined_group_list',
			'POST /v4/group_open_http_svc/get_joined_group_list',
			'POST /v4/group_open_http_svc/get_joined_group_list',
			'POST /v4/im_open_login_svc/account_delete', // both leavers in one call
		],
	},
	'Huawei Cloud Meeting': {
		'offboarding-across-vendors.json': [
			'GET /v1/usg/dcs/corp/admin',
			'GET /v1/usg/dcs/corp/member/alice%40demo',
			'GET /v1/usg/dcs/corp/member/bob%40demo',
			'GET /v1/usg/dcs/corp/vmr',
			'GET /v1/usg/dcs/corp/vmr',
			'POST /v1/usg/dcs/corp/admin/delete',
			'POST /v1/usg/dcs/corp/vmr/recycle-from-member/alice%40demo',
			'POST /v1/usg/dcs/corp/vmr/recycle-from-member/bob%40demo',
			'PUT /v1/usg/dcs/corp/member/status/1', // both leavers disabled in one call
		],
		'attendance-sheet.json': [
			'GET /v1/mmc/management/conferences/history',
			'GET /v1/mmc/management/conferences/history/confAttendeeRecord',
			'GET /v1/mmc/management/conferences/history/confAttendeeRecord',
		],
		// Only the recording past 30 days is listed for download and deleted (its file from /obs/…).
		'huawei-recording-retention.json': [
			'DELETE /v1/mmc/management/record/files',
			'GET /v1/mmc/management/record/downloadurls',
			'GET /v1/mmc/management/record/files',
		],
	},
};
