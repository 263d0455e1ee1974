import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField, withBinary } from '../../../core';
import { huawei } from '../../transport';
import { fileLinks, recordingUuid } from './fields';

const MB = 1024 * 1024;
/** n8n keeps binary data in memory unless N8N_DEFAULT_BINARY_DATA_MODE=filesystem: a cautious default. */
export const DEFAULT_MAX_MB = 200;

const maxMb = defineField(
	{
		displayName: 'Max File Size (MB)',
		name: 'maxFileSizeMb',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 10240 },
		default: DEFAULT_MAX_MB,
		description:
			"A file larger than this is refused before any of it is read. Files are streamed into n8n's binary data (to disk in n8n's filesystem mode).",
	},
	z
		.number({ invalid_type_error: 'must be a number' })
		.min(1, 'must be at least 1 MB')
		.max(10240, 'must be at most 10240 MB'),
);
const binaryProperty = defineField(
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		description: 'The binary field of each output item that holds the file',
	},
	z.string().trim().min(1, 'is empty').max(64, 'is longer than 64 characters'),
);

export const description = updateDisplayOptions(
	{ show: { resource: ['recording'], operation: ['download'] } },
	[recordingUuid.property, binaryProperty.property, maxMb.property],
);

/**
 * Downloads a recording's files (links from ShowRecordingFileDownloadUrls) as binary data, one
 * item per file. Each file is streamed from object storage with no credentials (core/download).
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const confUUID = recordingUuid.read(this, i);
	const field = binaryProperty.read(this, i);
	const maxBytes = Math.floor(maxMb.read(this, i) * MB);
	const out: IDataObject[] = [];
	const links = await fileLinks(this, i, confUUID);
	for (const [n, link] of links.entries()) {
		const file = await huawei.download(this, i, {
			url: link.url,
			maxBytes,
			context: { confUUID, fileType: link.fileType },
		});
		const name = `${confUUID}-${link.fileType || n + 1}.mp4`;
		const binary = await this.helpers.prepareBinaryData(
			file.stream as unknown as Buffer,
			name,
			file.contentType,
		);
		const json: IDataObject = {
			confUUID,
			fileType: link.fileType,
			fileName: name,
			bytes: file.bytes,
			file: n + 1,
			files: links.length,
		};
		out.push(withBinary(json, { [field]: binary }));
	}
	return out;
}
