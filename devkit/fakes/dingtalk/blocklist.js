'use strict';
// rooms_1.0 booking blocklist on the fake: CreateBookingBlacklist and DeleteBookingBlacklist.
const { err, ok, param, unknownKey, checkFields } = require('./errors');
const { operatorError } = require('./rooms');

const routes = [
	[
		'POST',
		/^\/v1\.0\/rooms\/bookings\/blacklist$/,
		'CreateBookingBlacklist',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, ['blacklistUnionId', 'startTime', 'endTime', 'memo', 'unionId']);
			if (bad) return param(`unknown field ${bad}`);
			const failed =
				operatorError(b.unionId) ??
				checkFields(
					b,
					{ blacklistUnionId: 'string', startTime: 'integer', endTime: 'integer', memo: 'string' },
					['blacklistUnionId', 'startTime'],
				);
			if (failed) return failed;
			if (b.startTime < 1e12) return param('startTime must be milliseconds');
			if (b.endTime !== undefined && b.endTime <= b.startTime)
				return param('endTime must be after startTime');
			if (b.blacklistUnionId === 'outsider') return err(400, 'user.not.org', 'User Not In Org');
			fake.blocklist.set(b.blacklistUnionId, {
				startTime: b.startTime,
				endTime: b.endTime,
				memo: b.memo,
				by: b.unionId,
			});
			return ok({ result: true });
		},
	],
	[
		'POST',
		/^\/v1\.0\/rooms\/bookings\/blacklist\/remove$/,
		'DeleteBookingBlacklist',
		(fake, r) => {
			const b = r.body;
			const bad = unknownKey(b, ['blacklistUnionIds', 'unionId']);
			if (bad) return param(`unknown field ${bad}`);
			const ids = b.blacklistUnionIds;
			if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === ''))
				return param('blacklistUnionIds must be an array of strings');
			if (ids.length > 100) return err(400, 'user.over.limit', 'User Over Limit');
			if (b.unionId !== undefined && typeof b.unionId !== 'string')
				return param('unionId must be a string');
			// One unionId outside the organization refuses the whole list (as CreateBookingBlacklist
			// refuses it; UNCONFIRMED for the remove call): nothing of the list is removed.
			if (ids.includes('outsider')) return err(400, 'user.not.org', 'User Not In Org');
			for (const id of ids) fake.blocklist.delete(id);
			return ok({ result: true });
		},
	],
];

module.exports = { routes };
