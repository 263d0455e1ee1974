import type { INodeProperties } from 'n8n-workflow';

import * as del from './delete.operation';
import * as download from './download.operation';
import * as getAll from './getAll.operation';
import * as getDownloadLinks from './getDownloadLinks.operation';

export { del as delete, download, getAll, getDownloadLinks };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['recording'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				description:
					'Delete cloud recordings by their confUUIDs (from Get Many). Cannot be undone or safely repeated.',
				action: 'Delete recordings — cannot be undone',
			},
			{
				name: 'Download',
				value: 'download',
				description:
					'Download the files of a cloud recording as binary data, one item per file, refusing files above Max File Size',
				action: 'Download a recording',
			},
			{
				name: 'Get Download Links',
				value: 'getDownloadLinks',
				description:
					"Get the download links of a recording's files (valid about an hour, one use each)",
				action: 'Get download links of a recording',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description:
					'List cloud recordings of meetings in a time range, one item per recorded session with its confUUID',
				action: 'Get many recordings',
			},
		],
		default: 'getAll',
	},
	...del.description,
	...download.description,
	...getAll.description,
	...getDownloadLinks.description,
];
