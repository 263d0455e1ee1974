'use strict';
// The node picker finds our nodes by the task a user has in mind, ranked near the top.
// n8n ranks the picker's search results by a fuzzy score over the display name (weight 1.3) and
// each codex alias (weight 1), plus its own nodes' popularity (up to +100); descriptions and
// subtitles are not searched (@n8n/utils sublimeSearch, editor-ui nodeCreator). So the task words
// live in nodes/<Node>/<Node>.node.json `alias`, worded exactly as a user types them.
const browser = require('./browser');

const OUR_PREFIX = 'n8n-nodes-meeting-admin.';

/** How far down the results a wanted node may be. */
const TOP = 3;

/** Task words a user types into the node picker → our nodes that must be in the top TOP (or CONTESTED). */
const SEARCHES = {
	'lock meeting': ['dingTalk', 'huaweiCloudMeeting'],
	'ban member': ['tencentCloudChat'],
	'reclaim room': ['huaweiCloudMeeting'],
	'mute all': ['dingTalk', 'huaweiCloudMeeting', 'tencentCloudChat'],
	'disable user': ['huaweiCloudMeeting'],
	'recall message': ['tencentCloudChat'],
	offboard: ['huaweiCloudMeeting', 'dingTalk'],
	mute: ['dingTalk', 'huaweiCloudMeeting', 'tencentCloudChat'],
	lock: ['dingTalk', 'huaweiCloudMeeting'],
	ban: ['tencentCloudChat'],
	chat: ['tencentCloudChat'],
	IM: ['tencentCloudChat'],
	'meeting room': ['dingTalk', 'huaweiCloudMeeting'],
	'video conference': ['dingTalk', 'huaweiCloudMeeting'],
	blocklist: ['dingTalk'],
	VMR: ['huaweiCloudMeeting'],
};

/**
 * Phrases where n8n's own nodes outrank any alias a community node can have, so top 3 cannot be
 * reached: an exact alias scores 100 + 15 + 60 per further letter ("ban" 235, "chat" 295, "IM" 175),
 * while n8n adds its nodes' popularity (up to +100) and weighs display names 1.3× — Bannerbear 312,
 * Basic LLM Chain 275, If 263 for "ban"; Chat 460, Chat Trigger 451 … OpenAI 375 for "chat"; Limit
 * 249 and a dozen more for "IM" (n8n 2.41.1). Our node must still come right after them: the
 * bound is the rank measured on n8n 2.41.1 and 1.123.x with the exact alias in place.
 */
const CONTESTED = { ban: 6, chat: 7, IM: 15 };

/** Types `words` into the open picker's search bar; returns the result node types in shown order. */
async function search(page, words) {
	await page.eval(() => {
		const i = document.querySelector('input[data-test-id="node-creator-search-bar"]');
		i.focus();
		i.select();
	});
	await page.type(words);
	await browser.sleep(700);
	return page.eval(() =>
		[...document.querySelectorAll('[data-test-id="item-iterator-item"]')].map((e) =>
			(e.getAttribute('data-keyboard-nav-id') ?? '').replace(
				/-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
				'',
			),
		),
	);
}

/**
 * Opens the picker from the canvas already shown on `page` and checks every SEARCHES phrase:
 * each wanted node is among the first TOP results (CONTESTED: its own bound). Returns [{words, name, rank, of}] (rank 0 = absent).
 */
async function checkPickerRanks({ page, check, log = console.log, label = 'browser' }) {
	await page.click('[data-test-id="node-creator-plus-button"]');
	await page.waitFor('the node picker', () =>
		document.querySelector('input[data-test-id="node-creator-search-bar"]'),
	);
	const ranks = [];
	for (const [words, wanted] of Object.entries(SEARCHES)) {
		const found = await search(page, words);
		const shown = wanted.map(
			(name) => `${name} ${found.indexOf(`${OUR_PREFIX}${name}`) + 1 || '-'}`,
		);
		log(`      picker "${words}": ${shown.join(', ')} of ${found.length}`);
		const top = CONTESTED[words] ?? TOP;
		for (const name of wanted) {
			const rank = found.indexOf(`${OUR_PREFIX}${name}`) + 1;
			ranks.push({ words, name, rank, of: found.length });
			check(
				`${label}: node picker search "${words}" lists ${name} in the top ${top}${rank ? ` (result ${rank} of ${found.length})` : ' (not found)'}`,
				rank >= 1 && rank <= top,
				`first results: ${found.slice(0, 8).join(', ')}`,
			);
		}
	}
	return ranks;
}

module.exports = { OUR_PREFIX, TOP, CONTESTED, SEARCHES, checkPickerRanks };
