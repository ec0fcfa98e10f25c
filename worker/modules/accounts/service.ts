/** What other modules use of a seller's accounts: their channels, each channel's kind. */
export { channelKinds, findChannel } from './queries-channels.js';
