// Reclaim and Assign pick their rooms from a list, as n8n's editor calls the pickers (n8n-core's
// LoadOptionsContext against the fake): Reclaim offers the chosen member's rooms, Assign the rooms
// no member holds; the picked values then run as they are.
import { callPicker } from '../../devkit/contexts';
import {
	RECLAIM,
	accountCredential,
	appCredential,
	fake,
	memberWithVmrs,
	reclaim,
	runWorkflow,
	seq,
	useFake,
} from './setup';

useFake();

const fromList = (value: string) => ({ __rl: true, mode: 'list', value });
const roomsOf = (
	method: string,
	credentials: Record<string, unknown>,
	parameters: Record<string, unknown> = {},
) =>
	callPicker('huaweiCloudMeeting', 'loadOptions', method, credentials, {
		parameters: { resource: 'cloudMeetingRoom', ...parameters },
	});
const SHOW_USER = /^\/v1\/usg\/dcs\/corp\/member\//;

describe('Reclaim From Member: the rooms come from the chosen member', () => {
	test("lists exactly that member's rooms, by unique id, asked with the account type", async () => {
		const { credentials } = accountCredential();
		const mine = memberWithVmrs(`leaver-${seq}@corp`, 2);
		memberWithVmrs(`stays-${seq}@corp`, 1);
		fake.addVmrs(1, 'spare');
		const options = await roomsOf('getMemberRooms', credentials, {
			operation: 'reclaimFromMember',
			account: fromList(`leaver-${seq}@corp`),
			accountType: 'auto',
		});
		expect(options.map((o: any) => o.value).sort()).toEqual([...mine].sort());
		expect(options[0].name).toMatch(new RegExp(`^leaver-${seq}@corp-\\d \\(\\d+\\)$`));
		expect(fake.calls(SHOW_USER)).toEqual([
			expect.objectContaining({
				method: 'GET',
				path: `/v1/usg/dcs/corp/member/leaver-${seq}%40corp`,
				query: { accountType: '0' },
			}),
		]);
	});

	test('a third-party user ID (App ID credentials) is looked up as accountType 1', async () => {
		const { credentials } = appCredential();
		const mine = memberWithVmrs(`tp-user-${seq}`, 1, 1);
		const options = await roomsOf('getMemberRooms', credentials, {
			operation: 'reclaimFromMember',
			account: fromList(`tp-user-${seq}`),
			accountType: 'auto',
		});
		expect(options.map((o: any) => o.value)).toEqual(mine);
		expect(fake.calls(SHOW_USER)[0].query).toEqual({ accountType: '1' });
	});

	test.each([
		['no member chosen yet', fromList('')],
		['an expression only a run can resolve', '={{ $json.account }}'],
	])('%s: nothing to list, nothing sent', async (_what, account) => {
		const { credentials } = accountCredential();
		expect(
			await roomsOf('getMemberRooms', credentials, { operation: 'reclaimFromMember', account }),
		).toEqual([]);
		expect(fake.calls(SHOW_USER)).toHaveLength(0);
	});

	test('an account that could change the request path is refused before sending', async () => {
		const { credentials } = accountCredential();
		await expect(
			roomsOf('getMemberRooms', credentials, {
				operation: 'reclaimFromMember',
				account: fromList('../admin'),
			}),
		).rejects.toThrow(/^Account in item 1: must not contain/);
		expect(fake.calls(SHOW_USER)).toHaveLength(0);
	});

	test('the picked member and rooms reclaim them', async () => {
		const { credentials } = accountCredential();
		const account = `picked-${seq}@corp`;
		memberWithVmrs(account, 2);
		const picked = (
			await roomsOf('getMemberRooms', credentials, {
				operation: 'reclaimFromMember',
				account: fromList(account),
			})
		).map((o: any) => o.value);
		const result = await runWorkflow(reclaim({ account: fromList(account), vmrIds: picked }), {
			credentials,
		});
		expect(result.output('Vendor')[0].json).toMatchObject({ success: true, account, reclaimed: 2 });
		expect(fake.calls(RECLAIM)).toHaveLength(1);
		expect(fake.ownedBy(account)).toEqual([]);
	});
});

describe("Assign To Member: the rooms come from the enterprise's unassigned rooms", () => {
	test('lists only the rooms no member holds (SearchCorpVmr status 2), by unique id', async () => {
		const { credentials } = accountCredential();
		fake.vmrs.clear();
		const spare = fake.addVmrs(3, 'spare');
		memberWithVmrs(`holder-${seq}@corp`, 2);
		const options = await roomsOf('getUnassignedRooms', credentials, {
			operation: 'assignToMember',
		});
		expect(options.map((o: any) => o.value).sort()).toEqual([...spare].sort());
		expect(options.every((o: any) => / – unassigned$/.test(o.name))).toBe(true);
		expect(fake.calls('/v1/usg/dcs/corp/vmr').map((c: any) => c.query.status)).toEqual(['2']);
	});
});
