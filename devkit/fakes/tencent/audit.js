'use strict';
// Content moderation (im_msg_audit_mgr) commands of the fake Tencent server: blocked word
// libraries and their words. Libraries are made in Tencent's console, so tests add them with
// addLibrary(fake, …). Every body must carry the app's SdkAppId (2003 otherwise).
const crypto = require('node:crypto');
const { ok, fail } = require('./answer');

const A = '/v4/im_msg_audit_mgr/';
const LABELS = [
	'Normal',
	'Illegal',
	'Abuse',
	'Polity',
	'Ad',
	'Porn',
	'Sexy',
	'Terror',
	'Composite',
];

const libraries = (fake) => (fake.auditLibraries ??= new Map());
const stamp = () => new Date().toISOString().replace('T', ' ').slice(0, 19);

/** A library as the console makes it; returns its ID. */
function addLibrary(fake, { id = crypto.randomUUID(), name = 'blocklist', words = [] } = {}) {
	const lib = { id, name, createTime: stamp(), words: new Map() };
	libraries(fake).set(id, lib);
	for (const w of words)
		lib.words.set(w, {
			ID: String((fake.auditWordSeq = (fake.auditWordSeq ?? 0) + 1)),
			Content: w,
			CreateTime: stamp(),
		});
	return id;
}

/** The SdkAppId, Offset/Limit and LibID checks; a failure answer or the library. */
function check(fake, app, body, { paged = false, lib = true } = {}) {
	const id = [...fake.apps].find(([, a]) => a === app)?.[0];
	if (fake.moderationDisabled) return { error: fail(2015, 'cloud moderation is not enabled') };
	if (body.SdkAppId !== Number(id)) return { error: fail(2003, 'SdkAppId does not match the app') };
	if (paged) {
		if (!Number.isInteger(body.Offset) || body.Offset < 0)
			return { error: fail(2003, 'Offset is required') };
		if (!Number.isInteger(body.Limit) || body.Limit < 1 || body.Limit > 100)
			return { error: fail(2003, 'Limit must be between 1 and 100') };
	}
	if (!lib) return {};
	const found = typeof body.LibID === 'string' && libraries(fake).get(body.LibID);
	return found ? { lib: found } : { error: fail(2003, 'LibID does not exist') };
}

const commands = {
	[`${A}get_cloud_audit_keywords_ids`](fake, app, body) {
		const { error } = check(fake, app, body, { paged: true, lib: false });
		if (error) return error;
		const all = [...libraries(fake).values()];
		return ok({
			RequestId: crypto.randomUUID(),
			TotalCount: all.length,
			Infos: all.slice(body.Offset, body.Offset + body.Limit).map((l) => ({
				ID: l.id,
				LibName: l.name,
				Describe: '',
				CreateTime: `${l.createTime} +0800 CST`,
				Suggestion: 'Block',
			})),
		});
	},

	[`${A}get_cloud_audit_keywords`](fake, app, body) {
		const { error, lib } = check(fake, app, body, { paged: true });
		if (error) return error;
		if (body.Content !== undefined && typeof body.Content !== 'string')
			return fail(2003, 'Content must be a string');
		const all = [...lib.words.values()].filter(
			(w) => !body.Content || w.Content.includes(body.Content),
		);
		return ok({
			RequestId: crypto.randomUUID(),
			TotalCount: all.length,
			Infos: all.slice(body.Offset, body.Offset + body.Limit),
		});
	},

	[`${A}add_cloud_audit_keywords`](fake, app, body) {
		const { error, lib } = check(fake, app, body);
		if (error) return error;
		const list = body.UserKeywords;
		if (!Array.isArray(list) || list.length === 0) return fail(2003, 'UserKeywords is required');
		if (list.length > 10) return fail(2016, 'too many keywords in one request');
		for (const k of list) {
			if (typeof k?.Content !== 'string' || k.Content === '')
				return fail(2003, 'UserKeywords entries need Content');
			if (k.Label !== undefined && !LABELS.includes(k.Label)) return fail(2003, 'Label is invalid');
		}
		for (const k of list)
			if (!lib.words.has(k.Content))
				lib.words.set(k.Content, {
					ID: String((fake.auditWordSeq = (fake.auditWordSeq ?? 0) + 1)),
					Content: k.Content,
					CreateTime: stamp(),
				});
		return ok({ RequestId: crypto.randomUUID() });
	},

	[`${A}delete_cloud_audit_keywords`](fake, app, body) {
		const { error, lib } = check(fake, app, body);
		if (error) return error;
		const list = body.Keywords;
		if (!Array.isArray(list) || list.length === 0 || list.some((k) => typeof k !== 'string'))
			return fail(2003, 'Keywords is required');
		if (list.length > 10) return fail(2003, 'at most 10 Keywords per request');
		return ok({
			RequestId: crypto.randomUUID(),
			Details: list.map((k) => {
				const word = lib.words.get(k);
				lib.words.delete(k);
				return { KeywordID: word?.ID ?? '', Keyword: k, Deleted: Boolean(word) };
			}),
		});
	},
};

module.exports = { commands, needsGroup: new Set(), addLibrary };
