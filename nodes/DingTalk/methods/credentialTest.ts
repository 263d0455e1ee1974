import { dingTalk } from '../transport';

/** The credential test (`testedBy`): a fresh access token from the values on screen. */
export const credentialTest = { dingTalkApiTest: dingTalk.credentialTest() };
