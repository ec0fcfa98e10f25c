/**
 * The background service worker: owns the token, the API client and the
 * outbox (background/). Every listener is registered at the top level so an
 * event wakes a stopped service worker; all state is in storage; retries
 * run on an alarm, never a timer.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { DELIVERY_ALARM, deliverOutbox } from '../background/delivery.js';
import { afterCredentialsChange, checkPortalPacks, describeError, messageHandlers, startUp } from '../background/handlers.js';
import { readManagedConfig, watchManagedConfig } from '../background/managed-config.js';
import { PAGE_READS_ALARM } from '../background/page-read-reports.js';
import { PACKS_ALARM } from '../background/portal-packs.js';
import { RETENTION_ALARM, sweepExpired } from '../background/retention.js';
import { SIGHTINGS_ALARM } from '../background/sighting-delivery.js';
import { moveStateToDatabase } from '../background/stored-state.js';
import { answerMessages } from '../messaging/messages.js';
import { workerUrlItem } from '../messaging/storage.js';

export default defineBackground({
  type: 'module',
  main() {
    answerMessages(messageHandlers, describeError);

    browser.alarms.onAlarm.addListener((alarm) => {
      // Reading reports and sightings go with a delivery: orders first, then the rest.
      if (alarm.name === DELIVERY_ALARM || alarm.name === PAGE_READS_ALARM || alarm.name === SIGHTINGS_ALARM) void deliverOutbox().catch((error) => console.error('Orderlens delivery failed', error));
      if (alarm.name === PACKS_ALARM) void checkPortalPacks();
      if (alarm.name === RETENTION_ALARM) void sweepExpired().catch((error) => console.error('Orderlens could not forget expired state', error));
    });

    // A new URL: a refused token may now be accepted, and a new worker has its own channels.
    // A new token arrives as a `credentialsChanged` message: the token's database has no watchers.
    const credentialsChanged = () => void afterCredentialsChange().catch((error) => console.error('Orderlens delivery failed', error));
    workerUrlItem.watch(credentialsChanged);
    watchManagedConfig(credentialsChanged);
    // Read at start: Chrome's first managed-storage read waits for its policy service (seconds, at launch).
    void readManagedConfig();

    // What an earlier version kept in extension storage moves to the database before start-up.
    const moved = moveStateToDatabase().catch((error: unknown) => console.error('Orderlens could not move its state to the database', error));
    // Packs are asked for when the browser starts and when the extension is installed or updated, then daily.
    browser.runtime.onStartup.addListener(() => void moved.then(startUp).then(checkPortalPacks));
    browser.runtime.onInstalled.addListener(() => void moved.then(startUp).then(checkPortalPacks));
    // Also on every wake-up of the service worker: the alarm may be gone and orders may wait.
    void moved.then(startUp);
  },
});
