import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RunOptions } from '../../core';

/** One operation: its parameters and what it does for one input item. */
export interface TencentOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number, run: RunOptions): Promise<IDataObject | IDataObject[]>;
}
