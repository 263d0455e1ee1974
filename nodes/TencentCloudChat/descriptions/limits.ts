/**
 * Tencent's documented per-call limits, one per command (operations-and-events.md §2 and the
 * command pages). Lists longer than these are sent in several calls through `sendInChunks`.
 */
export const LIMITS = {
	/** ban_group_member / unban_group_member: Members_Account ≤ 20 (ErrorCode 10005 above). */
	ban: 20,
	/** forbid_send_msg: Members_Account ≤ 500 (doc text copied in several SDKs). */
	mute: 500,
	/** add_group_member: MemberList ≤ 300. */
	add: 300,
	/** delete_group_member: MemberToDel_Account ≤ 100 (older docs said 500). */
	remove: 100,
	/** create_group: initial MemberList ≤ 100. */
	createMembers: 100,
	/** group_msg_recall: MsgSeqList ≤ 10. */
	recall: 10,
	/** multiaccount_import: Accounts ≤ 100. */
	import: 100,
	/** account_check: CheckItem ≤ 100. */
	check: 100,
	/** get_group_info: GroupIdList ≤ 50. */
	groupInfo: 50,
	/** get_appid_group_list: Limit ≤ 10000. */
	groupListPage: 10000,
	/** get_appid_group_list: Tencent allows 1 call per second for this command alone. */
	groupListPerSecond: 1,
	/** get_group_ban_member: Limit ≤ 100. */
	bannedPage: 100,
	/** get_group_member_info: Limit ≤ 200; Tencent recommends 100. */
	memberPage: 100,
} as const;

/** The longest list one item may carry (a guard against a runaway expression, not a Tencent limit). */
export const MAX_LIST_PER_ITEM = 10000;

/** 4294967295 seconds: Tencent's "permanently" for mute times. */
export const FOREVER = 4294967295;

/** Limits of the off-boarding and profile commands (Tencent's command pages). */
export const USER_LIMITS = {
	/** account_delete: DeleteItem ≤ 100. */
	delete: 100,
	/** portrait_get: To_Account ≤ 100 ("to prevent a response packet failure"). */
	profileGet: 100,
	/** get_joined_group_list: Limit ≤ 5000 groups per page. */
	joinedGroupPage: 5000,
	/** Profile string values (nickname, avatar URL, self-signature): ≤ 500 bytes. */
	profileText: 500,
} as const;
