import type { INodePropertyOptions } from 'n8n-workflow';

// The DingTalk event types both DingTalk triggers offer (HTTP push and Stream mode): one list, so
// the two cannot drift. DingTalk's EventType values.

/** Conference events: DingTalk sends them only for conferences this same app created through the API. */
export const DINGTALK_MEETING_EVENTS = [
	'meeting_status_change_target_push',
	'meeting_member_status_change_target_push',
];

export const DINGTALK_EVENTS: INodePropertyOptions[] = [
	{
		name: 'Any Event',
		value: '*',
		description: 'Every event the app is subscribed to in the console',
	},
	{
		name: 'Conference Member Status Changed',
		value: 'meeting_member_status_change_target_push',
		description:
			'A member joined, left, was invited or kicked (only conferences this app created through the API)',
	},
	{
		name: 'Conference Status Changed',
		value: 'meeting_status_change_target_push',
		description:
			'A conference was created or closed (only conferences this app created through the API)',
	},
	{ name: 'Employee Joined the Organization', value: 'user_add_org' },
	{
		name: 'Employee Left the Organization',
		value: 'user_leave_org',
		description: 'For off-boarding flows',
	},
];
