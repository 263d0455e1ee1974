import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RunOptions } from '../../../core';
import { conferenceIdProperty, setLock } from './lockState';

export const description: INodeProperties[] = [conferenceIdProperty('lock')];

/** After a conference is locked, no one else can join it. */
export async function execute(this: IExecuteFunctions, i: number, run: RunOptions): Promise<IDataObject> {
	return await setLock.call(this, i, run, 'lock');
}
