import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import type { CallContext } from '../../../core';
import { defineField, idList, pathId } from '../../../core';
import { huawei, huaweiApiRequest } from '../../transport';

/** SearchRecordings and ShowRecordingFileDownloadUrls: default 20, at most 500 per page (SDK 3.1.209). */
export const RECORDING_PAGE_MAX = 500;
export const RECORDINGS_PATH = '/v1/mmc/management/record/files';
export const DOWNLOAD_URLS_PATH = '/v1/mmc/management/record/downloadurls';
/** confUUIDs per DeleteRecordings call: Huawei documents no maximum (UNCONFIRMED, docs/huawei.md). */
export const DELETE_PER_CALL = 100;

/** A recording (by its meeting session's confUUID) as a resource locator. */
export const recordingUuid = defineField(
	{
		displayName: 'Recording',
		name: 'confUUID',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description:
			'The confUUID of the recorded meeting session, from Recording → Get Many or the list (recordings of the last 30 days)',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchRecordings', searchable: true },
			},
			{ displayName: 'By UUID', name: 'id', type: 'string', placeholder: '51adf610220411ea…' },
		],
	},
	pathId('a meeting UUID', 128),
);

export const recordingUuids = defineField(
	{
		displayName: 'Recordings',
		name: 'confUUIDs',
		type: 'string',
		typeOptions: { rows: 2 },
		required: true,
		default: '',
		placeholder: '51adf610220411ea…, 0307e04a1b2c…',
		description:
			'The confUUID values of the recordings (from Recording → Get Many), separated by commas or new lines, or an expression returning an array',
	},
	idList({ noun: 'confUUID', maxIdLength: 128, maxTotal: 10000 }).pipe(
		z.array(z.string().regex(/^[^,]+$/, 'a confUUID must not hold a comma')),
	),
);

export interface FileLink extends IDataObject {
	confUUID: string;
	fileType: string;
	url: string;
}

/**
 * ShowRecordingFileDownloadUrls for one recording: every file link (a recording over 3 hours has
 * several). The answer is read strictly: recordUrls[].urls[] with a url each, or it is an error.
 * The per-link `token` is not passed on: how Huawei wants it presented is UNCONFIRMED.
 */
export async function fileLinks(
	ctx: CallContext,
	i: number,
	confUUID: string,
): Promise<FileLink[]> {
	const { body, requestId } = await huaweiApiRequest.call(ctx, i, {
		method: 'GET',
		path: DOWNLOAD_URLS_PATH,
		api: 'record/downloadurls',
		qs: { confUUID, offset: 0, limit: RECORDING_PAGE_MAX },
		idempotent: true,
		context: { confUUID },
	});
	const links: FileLink[] = [];
	for (const entry of huawei.listIn(ctx, i, body, 'recordUrls')) {
		for (const u of huawei.listIn(ctx, i, entry, 'urls')) {
			if (typeof u.url !== 'string' || u.url === '')
				throw huawei.fail(
					ctx,
					i,
					{
						code: 'MALFORMED_ANSWER',
						message: 'A download link without its url',
						requestId,
					},
					{ confUUID },
				);
			links.push({
				confUUID: String(entry.confUuid ?? confUUID),
				fileType: String(u.fileType ?? ''),
				url: u.url,
			});
		}
	}
	return links;
}
