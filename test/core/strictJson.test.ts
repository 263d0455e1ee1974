import { parseStrictJson, StrictJsonError } from '../../nodes/core/webhook/strictJson';

const refuses = (text: string, what: RegExp) => expect(() => parseStrictJson(text)).toThrow(what);

describe('parseStrictJson', () => {
	test('agrees with JSON.parse on valid JSON (escapes, unicode, numbers, nesting, whitespace)', () => {
		const samples = [
			'{"a":1,"b":[true,false,null,-0.5e-3,1E+2],"c":{"d":"x\\"y\\\\z\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00"}}',
			' \n\t{ "张三" : "李四" , "n" : [ ] , "o" : { } } \r\n',
			'"just text"',
			'[1,[2,[3]]]',
			'0',
		];
		for (const text of samples) expect(parseStrictJson(text).value).toEqual(JSON.parse(text));
	});

	test('refuses a duplicate key at any depth, also when one copy is spelled with an escape', () => {
		refuses('{"a":1,"a":2}', /duplicate key "a"/);
		refuses('{"eventInfo":{},"event\\u0049nfo":{}}', /duplicate key "eventInfo"/);
		refuses('{"x":[{"k":1,"\\u006b":2}]}', /duplicate key "k"/);
		refuses('{"x":{"y":{"z":1,"z":1}}}', /duplicate key "z"/);
	});

	test('refuses text after the value, __proto__ keys, deep nesting and what JSON.parse refuses', () => {
		refuses('{"a":1} {"a":2}', /text after the JSON value/);
		refuses('{"a":1}x', /text after the JSON value/);
		refuses('{"__proto__":{"polluted":1}}', /__proto__/);
		refuses(`${'['.repeat(100)}${']'.repeat(100)}`, /nesting too deep/);
		for (const bad of [
			'',
			'{',
			'{"a":1,}',
			'[1,]',
			'{a:1}',
			"{'a':1}",
			'01',
			'1.',
			'.5',
			'+1',
			'NaN',
			'"\t"',
			'"\\x41"',
			'"\\u12"',
			'tru',
			'\ufeff{}',
		]) {
			expect(() => JSON.parse(bad)).toThrow();
			expect(() => parseStrictJson(bad)).toThrow(StrictJsonError);
		}
	});

	test('records where each top-level member value lies in the text', () => {
		const text = '{ "appID": "1",\n  "eventInfo": {\n\t"event": "meeting.verify"\n  } }';
		const { spans } = parseStrictJson(text);
		const [start, end] = spans.get('eventInfo')!;
		expect(text.slice(start, end)).toBe('{\n\t"event": "meeting.verify"\n  }');
		expect(text.slice(...spans.get('appID')!)).toBe('"1"');
	});

	test('a 4 KB push with 80 participants reads the same as JSON.parse (its speed is measured by the trigger load script, not asserted here)', () => {
		const push = JSON.stringify({
			appID: 'a',
			timestamp: 1,
			nonce: 'n',
			signature: 'f'.repeat(64),
			eventInfo: {
				event: 'meeting.join',
				payload: {
					list: Array.from({ length: 80 }, (_, i) => ({
						id: `p-${i}`,
						name: `名字 ${i}`,
						joinTime: 1_700_000_000_000 + i,
					})),
				},
			},
		});
		expect(push.length).toBeGreaterThan(3000);
		expect(parseStrictJson(push).value).toEqual(JSON.parse(push));
	});
});
