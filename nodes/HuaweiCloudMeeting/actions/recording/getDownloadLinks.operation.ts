import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fileLinks, recordingUuid } from './fields';

export const description = updateDisplayOptions(
	{ show: { resource: ['recording'], operation: ['getDownloadLinks'] } },
	[recordingUuid.property],
);

/** ShowRecordingFileDownloadUrls: one item per file (fileType Hd, Sd, Aux…) with its link. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	return await fileLinks(this, i, recordingUuid.read(this, i));
}
