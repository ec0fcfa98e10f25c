/** What other modules use of a seller's accounts: their channels, each channel's kind, a hook's channel, a token's seller. */

export { copySellerRow, findLiveToken, findSeller, findSellerPlace } from './queries.js';
export type { HookChannel } from './queries-channels.js';
export { channelForHook, channelKinds, findChannel, listChannels } from './queries-channels.js';
export { cachedLiveToken, forgetSeller, forgetToken, type LiveToken, tokenCacheMs } from './token-cache.js';
