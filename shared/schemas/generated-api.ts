/* Generated from /openapi.json by `npm run openapi` (openapi-typescript); do not edit. */
export interface paths {
    "/v1/admin/sellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a seller and its first API token, an owner’s (admin) */
        post: operations["createSeller"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The seller this token belongs to, and the token’s name, role and scopes */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens with their names and roles (without secrets) */
        get: operations["listTokens"];
        put?: never;
        /** Mint a token for a person, with a role no higher than the caller’s */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (one’s own, or one no higher than the caller’s) */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        /** Change another token’s role (never one’s own, never above the caller’s) */
        patch: operations["updateTokenRole"];
        trace?: never;
    };
    "/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List channels */
        get: operations["listChannels"];
        put?: never;
        /** Add a channel */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a channel or set its account key, currency or time zone */
        patch: operations["updateChannel"];
        trace?: never;
    };
    "/v1/orders/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge orders to the same address into one shipment group
         * @description Orders of the caller, not yet picked, whose ship-to (name, lines, postal code, country; case, spacing and punctuation aside) is known and the same. Each keeps its own channel identity and status; the queue and pick lists show the group once.
         */
        post: operations["mergeOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/merge-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proposed merges: open orders a rule flagged, of one buyer to one address, placed within the rule's window
         * @description Orders become candidates when a rule with a `proposeMerge` action (PUT /v1/rules) matches them in the ready, short or held list; a proposal groups candidates of one rule with the same buyer and ship-to placed within its `withinHours` of each other, names that rule, and lists in `held` which of them are held (merged, the group waits in the held list until every hold is released). With no such rule there are no proposals. Accept a proposal by sending its orderIds to POST /v1/orders/merge.
         */
        get: operations["listMergeProposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/merge-groups/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a merge group apart before it ships */
        delete: operations["unmergeOrders"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/merge-groups/{groupId}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship a merge group as one parcel: every member records the same tracking number */
        post: operations["shipMergeGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List orders, newest placed first, with cursor pagination */
        get: operations["listOrders"];
        put?: never;
        /**
         * Capture one order or a batch of up to 500, idempotently
         * @description The same (channel, externalId) is always one order. A repeat capture is `unchanged`; a newer one is `updated`; an older one never rolls the order back. Send `Idempotency-Key` to make retries safe.
         */
        post: operations["captureOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find orders by order number, buyer, email, SKU or tracking number */
        get: operations["lookupOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unified status of up to 500 orders of one channel, in one read */
        post: operations["getOrderStatuses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its lines, history and shipments */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an order to another status */
        post: operations["transitionOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import orders from a marketplace export file
         * @description Send the file as the body (charset from Content-Type, else detected), or as `multipart/form-data` with a part `file`. For `format=etsy`, send the Sold Orders and Sold Order Items files as parts `orders` and `items` (either or both). Up to 104857600 bytes. Each order is captured whole or not at all; re-importing a file changes nothing. Errors name the line (and column) of the file. A file of no known layout, or of another marketplace than the channel (an eBay report into an Amazon channel), is refused whole with 422. With `async=true` (a raw body with Content-Length, not multipart) the file is queued: the answer is 202 with its `importId` and a Location to follow at GET /v1/imports/{importId}; the same file for the same channel while its first import is queued or running is 409 naming that import.
         */
        post: operations["importOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a queued import
         * @description Where an import sent with `async=true` stands: `queued`, `running`, `done` or `failed`, the orders read and captured so far, the problems found by line (the first 1000 listed, the rest counted in `moreErrors`), and for a failed import the reason.
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hooks/shopify/{channelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Shopify order webhooks (orders/create, orders/updated, orders/cancelled, orders/fulfilled)
         * @description Signed by Shopify with the channel’s `webhookSecret`: `X-Shopify-Hmac-Sha256` is base64 HMAC-SHA256 of the raw body. Topics that carry no order are acknowledged as `ignored`. The order number is the order’s `name` (#1001), as in the orders export. An order’s `refunds[]` are recorded once per refund id; `refunds/create` is ignored, as its payload names the order only by Shopify’s numeric id, and Shopify follows each refund with `orders/updated`.
         */
        post: operations["receiveShopifyWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/orders.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders as CSV, one row per line, filtered like the order list
         * @description Columns: order_id, channel_id, channel_kind, order_number, status, channel_status, placed_at, updated_at, currency, order_total, payment_status, service_level, ship_by, buyer_name, buyer_email, ship_name, ship_line1, ship_line2, ship_city, ship_region, ship_postal_code, ship_country, line_no, sku, channel_sku, title, quantity, unit_price, shipped_quantity. UTF-8 with a byte-order mark, CRLF line ends, newest placed first. Text cells that a spreadsheet would run as a formula start with an apostrophe.
         */
        get: operations["exportOrdersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/quantities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The channel’s own quantity upload file
         * @description Amazon Price & Quantity (tab-separated .txt), eBay Seller Hub revise price and quantity (CSV, UTF-8 with BOM, #INFO line), Shopify inventory CSV (one row per variant at `location`; on hand = available-to-sell + Shopify’s committed units). Holds every listing whose available-to-sell differs from both what the portal last showed and what was last sent (`all=true`: every listing); listings the layout cannot address (an Amazon listing keyed by ASIN, no eBay item number, no Shopify handle) are left out. Etsy and Walmart have no usable layout: 400 naming `query.channelId` and the on-page alternative. The download is recorded; `Upload-File-Id` names it.
         */
        get: operations["exportQuantityFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The channel’s own shipment-confirmation upload file
         * @description Amazon Shipping Confirmation (tab-separated .txt, one row per shipment, blank order-item-id confirms the whole order) or the eBay tracking upload (unconfirmed layout), for shipments shipped since `since` that no uploaded file confirmed. Shopify, Etsy and Walmart: 400 naming `query.channelId` and the on-page alternative.
         */
        get: operations["exportShipmentFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{exportId}/uploaded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an upload file as uploaded to its marketplace
         * @description Its quantities and shipments become "sent": the next file holds only what changed since. A second mark, a file not downloaded whole, or one older than an uploaded file carrying the same rows: 409 naming `exportId`, nothing changed.
         */
        post: operations["markUploadFileUploaded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each channel still needs sent, and its recent upload files */
        get: operations["listPendingUploads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconciliation/sightings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the orders a portal list page showed, with their portal status */
        post: operations["recordPortalOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What needs action per channel: orders the book lacks, status disagreements, quantities shown wrong */
        get: operations["getReconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders, units and revenue per currency, by day, week, month, channel or SKU, with top SKUs
         * @description Orders placed in [from, to), cancelled ones excluded. Revenue is in minor units per currency: order totals for time and channel groups, line sales (quantity × unit price) for SKUs. Weeks start on Monday (UTC). Revenue sums only amounts the book knows: orders whose total (for SKUs, the line price) no source has shown are counted in `unpricedOrders`, not as 0. `refunded` is the money given back in [from, to), counted by when it went back (whenever the order was placed), and `net` is revenue less it; both are null for SKU figures.
         */
        get: operations["getSalesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/fulfillment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Time from placed to shipped (median, p90), shipped after ship-by, open orders by age; overall, per channel and per shipping speed
         * @description Orders placed in [from, to). Ship time is the first shipment’s time, else the first change of status into a shipped status; orders imported already shipped have no known ship time and are counted apart. Open orders’ ages are measured at `asOf` (default now). `byShipSpeed` splits the same figures by the unified shipping speed of the orders’ service words, fastest first.
         */
        get: operations["getFulfillmentReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List listings by channel and channel SKU, optionally of one channel or using one SKU */
        get: operations["listListings"];
        /**
         * Map a channel SKU to master SKUs with quantities (a 2-pack, a kit)
         * @description Creates or replaces the listing. Open order lines of that channel SKU that were `unmapped` are resolved and allocated at once.
         */
        put: operations["setListing"];
        post?: never;
        /** Remove a listing (order lines already resolved through it keep their allocation) */
        delete: operations["deleteListing"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{channelId}/{channelSku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One listing, with an ETag for conditional updates (PUT /v1/listings with If-Match) */
        get: operations["getListing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the quantities portal listing pages show (up to 500)
         * @description Kept per listing; a sighting older than the one kept changes nothing. Channel SKUs without a listing are kept too and count once mapped.
         */
        post: operations["reportListingObservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/buffers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List safety buffers */
        get: operations["listBuffers"];
        /**
         * Hold units back from what channels may sell
         * @description Omit `channelId` for every channel and `sku` for every SKU: `{units}` is the seller’s default, `{channelId, units}` a channel’s, `{sku, units}` a SKU’s everywhere, `{channelId, sku, units}` the most specific. The most specific one that exists applies.
         */
        put: operations["setBuffer"];
        post?: never;
        /** Remove a safety buffer */
        delete: operations["deleteBuffer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What each listing of a channel may show */
        get: operations["listAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Oversell risk per listing, with the numbers that explain it
         * @description `level` and `channelSku` may repeat or be comma-separated; up to 500 channel SKUs (for more, or long SKUs, use POST /v1/risk/query).
         */
        get: operations["listOversellRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/risk/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Oversell risk of up to 500 listings of one channel, for a portal page */
        post: operations["queryOversellRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List master SKUs by code */
        get: operations["listSkus"];
        put?: never;
        /** Create master SKUs (one, or up to 500); an existing SKU takes the fields given */
        post: operations["createSkus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skus/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update a master SKU (title, barcode, low-stock threshold) */
        put: operations["updateSku"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List stock locations, the default one first */
        get: operations["listLocations"];
        put?: never;
        /** Add a stock location */
        post: operations["createLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock of every SKU: on hand, reserved, available, per location and in total */
        get: operations["listStockLevels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inventory/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every stock level as CSV (sku, location, onHand, reserved, available); reads back in with the import */
        get: operations["exportStockCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inventory/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set on-hand units from a CSV file (sku, location, onHand), all rows or none
         * @description Columns are matched by header name; `location` may be left out (the default location). Any bad row refuses the whole file, with every problem listed by `line` and `column`.
         */
        post: operations["importStockCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inventory/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust on-hand units by deltas, with a reason each; all or nothing */
        post: operations["adjustStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inventory/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock of one SKU */
        get: operations["getStockLevel"];
        /** Set on-hand units of a SKU at a location (a count) */
        put: operations["setStockLevel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inventory/{sku}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change to a SKU’s on-hand and reserved units, newest first */
        get: operations["listStockLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current rule set (the defaults until the seller saves one) */
        get: operations["getRules"];
        /**
         * Save a new version of the rule set
         * @description Replaces the whole ordered list. Refused with field issues: unknown fields, wrong types, an empty list, a rule without conditions or actions, duplicate ids, a rule that both holds and releases, and cycles (rules that need tags each other adds).
         */
        put: operations["saveRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved version, newest first, ending with the defaults (version 0) */
        get: operations["listRuleHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers, oldest first, optionally by tag or email */
        get: operations["listCustomers"];
        put?: never;
        /** Add a customer before their first order (to tag them VIP, say) */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer with keys, order count and lifetime value */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a customer’s tags (VIP, blocked…) */
        put: operations["setCustomerTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fulfillment/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders ready to ship, best first; short and held orders apart
         * @description Ready orders (not held, every line allocated) sorted by priority points, then ship-by (soonest first), then placed time. Each entry lists the rules that matched and their points, and flags `late` (ship-by passed) and `dueSoon` (within `dueSoonHours`). Rules are evaluated as the orders stand now, so a payment hold lifts as soon as the order is paid. A burst of arrivals (or a rule change over the whole book) is placed in the background: until then `pending` counts the orders not yet placed, and the lists leave them out. An order whose ship-by passes a rule’s threshold keeps its place until the background places it again, and counts in `pending` meanwhile.
         */
        get: operations["getFulfillmentQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put an order on hold, with a reason */
        post: operations["holdOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release an order from hold (to ready, or pending while unpaid) */
        post: operations["releaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship some or all of an order’s lines (partially_shipped until every unit has gone) */
        post: operations["shipOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a shipped order delivered */
        post: operations["deliverOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order; its stock is released */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take back units of a shipped or delivered order, restocking them or not */
        post: operations["returnOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund some or all of a paid order, optionally taking the units back
         * @description Adds to the order’s `refunded` total and moves `paymentStatus` to `partially_refunded`, or `refunded` once the whole total is back. With `withReturn`, the lines come back through the returns move in the same change (the order must be shipped or delivered); without it, stock is untouched.
         */
        post: operations["refundOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move quantities of an order’s lines into a new part (same channel order number, suffix -2, -3…)
         * @description Reserved units move with the lines that own them; history is written on both orders; shipping and tax stay with the order the channel knows. Only pending, on-hold and ready orders split (409 otherwise); quantities a line does not hold are 422 naming the line.
         */
        post: operations["splitOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/picklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a pick list from orders or from the top of the queue; its orders move to in_progress */
        post: operations["createPickList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/picklists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pick list: JSON, or add .html for a printable page or .csv for a spreadsheet */
        get: operations["getPickList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/page-reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report how well the extension read portal pages
         * @description Up to 500 reports, one per pass over a page: counts and field names only. All are stored or none: a report whose counts cannot belong together (a field missing on more items than the page held, rowsRead + rowsSkipped) or whose time is more than a day ahead is refused, naming the field. Reports are kept 90 days.
         */
        post: operations["reportPageReads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/page-reads/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How well each portal was read, per UTC day
         * @description Reports whose pass was in [from, to) (default: the 30 days up to now; at most 366 days), per portal and UTC day: passes, sums, the read share (rowsRead / idsSeen to 4 places, 1 when the pages showed nothing), the five fields most often missing and the highest pack version.
         */
        get: operations["getPageReadSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portal-packs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every published portal pack
         * @description The newest pack of each portal that has one, by portal. Answers carry an ETag; send it as If-None-Match to get 304 when nothing changed.
         */
        get: operations["listPortalPacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/portal-packs/{portal}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Publish a portal pack for every seller’s extension (admin)
         * @description The body is the whole pack. Its `portal` must be the path’s, and its `version` higher than the one published (409 otherwise; the same version with the same content answers 200 `unchanged`). A pack that fails validation (a pattern that does not compile, an unknown strategy, over 256 KiB) is refused with each issue, and the published pack stays.
         */
        put: operations["publishPortalPack"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The seller’s endpoints (without secrets) */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register an endpoint for events; the signing secret is in this answer only
         * @description Each delivery is a POST with the event as JSON and headers `X-Orderlens-Delivery` (unique per delivery; drop repeats), `X-Orderlens-Event` and `X-Orderlens-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. Failures are retried with exponential backoff; an order’s events arrive in order.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an endpoint; its pending deliveries are dropped */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of an endpoint, oldest event first */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the endpoint a signed `webhook.test` event now and show what it answered
         * @description Signed and sent like any delivery (same headers), but not stored, not retried and not in the event feed.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one delivery again now and show what the endpoint answered
         * @description Sent as the cron sends it: the same `X-Orderlens-Delivery` id (receivers drop repeats), event headers and a fresh signature, now and out of its turn. The attempt is recorded in the delivery log; a 2xx marks the delivery delivered, a failure leaves a delivered or dead delivery as it was and retries a pending one later as usual.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every event emitted in the last 30 days, oldest first, after a cursor
         * @description The same payloads webhook deliveries carry, each with the `cursor` that resumes after it. Poll with `after=<nextCursor>`; a cursor this feed did not give this seller (or whose event is past 30 days) is 400 naming `after`. `types` filters by event type (comma-separated); an unknown type is 400 naming `types`.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/privacy/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How long buyer data is kept after an order is delivered, cancelled or returned */
        get: operations["getRetention"];
        /**
         * Set how long buyer data is kept, by default and per channel kind
         * @description After the period, the cron redacts the buyer’s name, email, phone and street lines of closed orders; a marketplace’s own limit (Amazon: 30 days) is never exceeded.
         */
        put: operations["setRetention"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase one buyer’s personal data on request
         * @description Removes the buyer’s name, email, phone and street from every order, its history, the search index, the customer record and stored answers, whatever their age. An order still open keeps only its shipping address until it ships; the cron erases it then. The receipt says what was erased, when and by whom, without the data.
         */
        post: operations["eraseCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase the personal data of the buyer with an email
         * @description Removes the buyer’s name, email, phone and street from every order, its history, the search index, the customer record and stored answers, whatever their age. An order still open keeps only its shipping address until it ships; the cron erases it then. The receipt says what was erased, when and by whom, without the data.
         */
        post: operations["eraseCustomerByEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/privacy/erasures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The receipt of one erasure */
        get: operations["getErasureReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything the seller owns, as NDJSON, one resource type after another
         * @description One JSON record a line, `{"type", "data"}`: channels, orders (with lines, history, shipments, holds and returns), SKUs, locations, stock levels, the stock ledger, listings and their components, safety buffers, rule sets, pick lists, customers and their keys, webhooks (without secrets), retention settings and erasure receipts. A page ends with `{"type":"next","cursor"}` — call again with that cursor — or `{"type":"end"}`.
         */
        get: operations["exportEverything"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/drain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver what is due now (admin); the cron trigger does the same every minute */
        post: operations["drainWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/secrets/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-seal stored secrets with the current key, a chunk at a time (admin)
         * @description Webhook signing secrets and channels’ webhook secrets are sealed with the first key of the `SECRET_KEYS` Worker secret. After putting a new key first, call this until `remaining` is 0; then the old key can be removed. Rows stored in clear before sealing existed are sealed too.
         */
        post: operations["rotateSecrets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/sellers/{id}/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What deleting a seller removes, and the code that confirms it (admin) */
        get: operations["previewSellerDeletion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/sellers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a seller with every row of it, after the preview (admin)
         * @description The seller’s tokens stop at once; the cron deletes every row of the seller in bounded chunks, the seller last. Export first (GET /v1/export).
         */
        delete: operations["deleteSeller"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/sellers/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the seller’s latest move between book databases stands (admin) */
        get: operations["getSellerMove"];
        put?: never;
        /**
         * Move a seller to another book database, or go on with its move (admin)
         * @description A seller lives on one book database (0 is `DB`, n is `BOOK_n`). A move closes the seller’s requests (503 with `Retry-After`: the extension’s outbox and Shopify retry, so nothing is lost), waits `drainSeconds` for requests begun earlier, deletes anything of the seller an earlier try left on the target, copies every table in bounded chunks, verifies each table’s row count and checksum on both books (a difference starts the copy over), points the directory at the target (requests reopen there), then deletes the rows from the old book. Each call runs a bounded share and answers where the move stands (202 while under way, 200 once done); call again, or leave it to the cron, to go on. A step interrupted anywhere is resumed by the next call: a chunk copied twice is kept once.
         */
        post: operations["moveSeller"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Names this request: yours when you sent a sane `Request-Id`, else generated. Also `error.requestId`. */
        RequestId: string;
        /** @description IETF RateLimit header field on seller routes: requests left (`r`) and seconds until the window resets (`t`). */
        RateLimit: string;
        /** @description IETF RateLimit-Policy header field on seller routes: 600 requests (`q`) a 60-second window (`w`). */
        RateLimitPolicy: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createSeller: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description The seller and its token, shown once. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        seller: {
                            id: string;
                            name: string;
                            createdAt: string;
                        };
                        token: string;
                        /** @description The order-book database the seller was placed on: 0 is `DB`, n is `BOOK_n` (docs/scale.md). */
                        book: number;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The seller and the token in use. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "seller": {
                     *         "id": "sel_01JD5Z7Q8Y3K2M4N6P8R0T2V4X",
                     *         "name": "Acme Goods",
                     *         "createdAt": "2026-11-02T09:00:00.000Z"
                     *       },
                     *       "token": {
                     *         "id": "tok_01JD5Z7Q8Y3K2M4N6P8R0T2V4Y",
                     *         "name": "Sam (packing desk)",
                     *         "role": "packer",
                     *         "scopes": [
                     *           "account:read",
                     *           "orders:read",
                     *           "orders:lookup",
                     *           "stock:read",
                     *           "stock:lookup",
                     *           "fulfillment:read",
                     *           "fulfillment:write",
                     *           "portal-packs:read"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        seller: {
                            id: string;
                            name: string;
                            createdAt: string;
                        };
                        token: {
                            id: string;
                            name: string;
                            /**
                             * @description owner: everything; manager: orders, stock, rules, imports; packer: queue, pick lists, shipments, lookups; viewer: reads; capture: the extension’s capture, statuses, observations and lookups.
                             * @enum {string}
                             */
                            role: "owner" | "manager" | "packer" | "viewer" | "capture";
                            scopes: ("account:read" | "tokens:write" | "channels:read" | "channels:write" | "orders:read" | "orders:lookup" | "orders:capture" | "orders:write" | "customers:read" | "customers:write" | "imports:write" | "stock:read" | "stock:lookup" | "stock:write" | "observations:write" | "rules:read" | "rules:write" | "fulfillment:read" | "fulfillment:write" | "reports:read" | "portal-packs:read" | "webhooks:read" | "webhooks:write" | "privacy:read" | "privacy:write" | "privacy:export")[];
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tokens, oldest first. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tokens: {
                            id: string;
                            name: string;
                            /**
                             * @description owner: everything; manager: orders, stock, rules, imports; packer: queue, pick lists, shipments, lookups; viewer: reads; capture: the extension’s capture, statuses, observations and lookups.
                             * @enum {string}
                             */
                            role: "owner" | "manager" | "packer" | "viewer" | "capture";
                            prefix: string;
                            createdAt: string;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Sam (packing desk)",
                 *       "role": "packer"
                 *     }
                 */
                "application/json": {
                    name: string;
                    /**
                     * @description owner: everything; manager: orders, stock, rules, imports; packer: queue, pick lists, shipments, lookups; viewer: reads; capture: the extension’s capture, statuses, observations and lookups.
                     * @default capture
                     * @enum {string}
                     */
                    role?: "owner" | "manager" | "packer" | "viewer" | "capture";
                };
            };
        };
        responses: {
            /** @description The token, shown once. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        info: {
                            id: string;
                            name: string;
                            /**
                             * @description owner: everything; manager: orders, stock, rules, imports; packer: queue, pick lists, shipments, lookups; viewer: reads; capture: the extension’s capture, statuses, observations and lookups.
                             * @enum {string}
                             */
                            role: "owner" | "manager" | "packer" | "viewer" | "capture";
                            prefix: string;
                            createdAt: string;
                            revokedAt: string | null;
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    updateTokenRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "viewer"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description owner: everything; manager: orders, stock, rules, imports; packer: queue, pick lists, shipments, lookups; viewer: reads; capture: the extension’s capture, statuses, observations and lookups.
                     * @enum {string}
                     */
                    role: "owner" | "manager" | "packer" | "viewer" | "capture";
                };
            };
        };
        responses: {
            /** @description The token as changed. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: {
                            id: string;
                            name: string;
                            /**
                             * @description owner: everything; manager: orders, stock, rules, imports; packer: queue, pick lists, shipments, lookups; viewer: reads; capture: the extension’s capture, statuses, observations and lookups.
                             * @enum {string}
                             */
                            role: "owner" | "manager" | "packer" | "viewer" | "capture";
                            prefix: string;
                            createdAt: string;
                            revokedAt: string | null;
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Channels, oldest first. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: {
                            id: string;
                            /** @enum {string} */
                            kind: "amazon" | "ebay" | "etsy" | "shopify" | "walmart" | "manual" | "api";
                            name: string;
                            accountKey: string | null;
                            /** @description ISO 4217 code the channel prices in, or null when not set. */
                            currency: string | null;
                            /** @description IANA zone the channel’s portal prints times in, or null when not set. */
                            timeZone: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "shopify",
                 *       "name": "Maple store",
                 *       "accountKey": "maple-goods",
                 *       "currency": "CAD",
                 *       "timeZone": "America/Toronto"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    kind: "amazon" | "ebay" | "etsy" | "shopify" | "walmart" | "manual" | "api";
                    name: string;
                    webhookSecret?: string;
                    accountKey?: string;
                    /**
                     * @description ISO 4217 code the channel prices in; null when not set (a bare "$" then stays unknown).
                     * @example CAD
                     */
                    currency?: string | null;
                    /**
                     * @description IANA time zone the channel’s portal prints zoneless times in; null when not set (such times keep only their day).
                     * @example Europe/Berlin
                     */
                    timeZone?: string | null;
                };
            };
        };
        responses: {
            /** @description The new channel. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channel: {
                            id: string;
                            /** @enum {string} */
                            kind: "amazon" | "ebay" | "etsy" | "shopify" | "walmart" | "manual" | "api";
                            name: string;
                            accountKey: string | null;
                            /** @description ISO 4217 code the channel prices in, or null when not set. */
                            currency: string | null;
                            /** @description IANA zone the channel’s portal prints times in, or null when not set. */
                            timeZone: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description `currency` or `timeZone` names no known currency or IANA zone; `issues` names the field. */
            422: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    updateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currency": "CAD",
                 *       "timeZone": "America/Toronto"
                 *     }
                 */
                "application/json": {
                    name?: string;
                    accountKey?: string | null;
                    /**
                     * @description ISO 4217 code the channel prices in; null when not set (a bare "$" then stays unknown).
                     * @example CAD
                     */
                    currency?: string | null;
                    /**
                     * @description IANA time zone the channel’s portal prints zoneless times in; null when not set (such times keep only their day).
                     * @example Europe/Berlin
                     */
                    timeZone?: string | null;
                };
            };
        };
        responses: {
            /** @description The channel as changed. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channel: {
                            id: string;
                            /** @enum {string} */
                            kind: "amazon" | "ebay" | "etsy" | "shopify" | "walmart" | "manual" | "api";
                            name: string;
                            accountKey: string | null;
                            /** @description ISO 4217 code the channel prices in, or null when not set. */
                            currency: string | null;
                            /** @description IANA zone the channel’s portal prints times in, or null when not set. */
                            timeZone: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description `currency` or `timeZone` names no known currency or IANA zone; `issues` names the field. */
            422: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    mergeOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "orderIds": [
                 *         "ord_01J9Z4K2QW",
                 *         "ord_01J9Z4K2QZ"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Orders of the same ship-to address, not yet picked, to ship as one parcel. */
                    orderIds: string[];
                };
            };
        };
        responses: {
            /** @description The new group and its members. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        group: {
                            id: string;
                            orders: {
                                id: string;
                                channelId: string;
                                channelKind: string;
                                externalId: string;
                                /** @enum {string} */
                                status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                                channelStatus: string | null;
                                placedAt: string;
                                /**
                                 * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                                 * @enum {string|null}
                                 */
                                placedAtPrecision: "day" | "time" | null;
                                updatedAt: string;
                                currency: string;
                                /**
                                 * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                                 * @enum {boolean}
                                 */
                                currencyUnknown?: true;
                                /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                                total: number | null;
                                buyer: {
                                    name: string | null;
                                    email: string | null;
                                    externalId: string | null;
                                };
                                /** @description The channel's own service words. */
                                serviceLevel: string;
                                /**
                                 * @description The unified speed of the channel's service words; unknown when they do not say.
                                 * @enum {string}
                                 */
                                shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                                /**
                                 * @description A marketplace delivery promise the order showed.
                                 * @enum {string|null}
                                 */
                                deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                                shipBy: string | null;
                                /** @enum {string} */
                                paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                                /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                                refunded: number;
                                shipTo: {
                                    name?: string;
                                    line1?: string;
                                    line2?: string;
                                    city?: string;
                                    region?: string;
                                    postalCode?: string;
                                    country?: string;
                                    phone?: string;
                                } | null;
                                /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                                redactedAt: string | null;
                                createdAt: string;
                                /** @description Set on a part split off another order: the order the channel knows. */
                                parentOrderId: string | null;
                                /** @description Ids of the parts split off this order (empty when it was not split). */
                                splitInto: string[];
                                /** @description The merge group the order ships in; null when it ships alone. */
                                mergeGroupId: string | null;
                                /** @description Ids of the other orders of its merge group. */
                                mergedWith: string[];
                                lines: {
                                    id: string;
                                    lineNo: number;
                                    sku: string | null;
                                    /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                    channelSku: string | null;
                                    /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                    channelItemId: string | null;
                                    channelLineId: string | null;
                                    title: string | null;
                                    quantity: number;
                                    /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                    unitPrice: number | null;
                                    shippedQuantity: number;
                                    /** @enum {string} */
                                    allocation: "allocated" | "short" | "unmapped" | "none";
                                }[];
                                events: {
                                    id: string;
                                    at: string;
                                    /** @enum {string} */
                                    source: "extension" | "api" | "import" | "webhook" | "system";
                                    /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                    actor: string | null;
                                    kind: string;
                                    /** @enum {string|null} */
                                    fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                    /** @enum {string|null} */
                                    toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                    changes: {
                                        field: string;
                                        from?: unknown;
                                        to?: unknown;
                                        /**
                                         * @description The values were buyer data, since redacted: from and to are null.
                                         * @enum {boolean}
                                         */
                                        redacted?: true;
                                    }[];
                                    reason: string | null;
                                }[];
                                shipments: {
                                    id: string;
                                    carrier: string | null;
                                    service: string | null;
                                    trackingNumber: string | null;
                                    shippedAt: string;
                                }[];
                                refunds: {
                                    id: string;
                                    amount: number;
                                    currency: string;
                                    lines: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    reason: string | null;
                                    /** @enum {string} */
                                    source: "extension" | "api" | "import" | "webhook" | "system";
                                    /** @description The channel’s id of a captured refund. */
                                    externalId: string | null;
                                    refundedAt: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The orders cannot ship as one; `issues` names each (orderIds.i). */
            422: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listMergeProposals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposals, if any. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        proposals: {
                            /** @description Accept by sending these to POST /v1/orders/merge. */
                            orderIds: string[];
                            reason: string;
                            rule: {
                                id: string;
                                name: string;
                                withinHours: number;
                            };
                            /** @description Which of orderIds are held (payment, address check…): merged, the group waits in the held list until every one is released. */
                            held: string[];
                        }[];
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    unmergeOrders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The former members, each shipping alone. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        orders: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    shipMergeGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                groupId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    carrier: string;
                    service?: string;
                    trackingNumber: string;
                };
            };
        };
        responses: {
            /** @description The group after shipping. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        group: {
                            id: string;
                            orders: {
                                id: string;
                                channelId: string;
                                channelKind: string;
                                externalId: string;
                                /** @enum {string} */
                                status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                                channelStatus: string | null;
                                placedAt: string;
                                /**
                                 * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                                 * @enum {string|null}
                                 */
                                placedAtPrecision: "day" | "time" | null;
                                updatedAt: string;
                                currency: string;
                                /**
                                 * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                                 * @enum {boolean}
                                 */
                                currencyUnknown?: true;
                                /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                                total: number | null;
                                buyer: {
                                    name: string | null;
                                    email: string | null;
                                    externalId: string | null;
                                };
                                /** @description The channel's own service words. */
                                serviceLevel: string;
                                /**
                                 * @description The unified speed of the channel's service words; unknown when they do not say.
                                 * @enum {string}
                                 */
                                shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                                /**
                                 * @description A marketplace delivery promise the order showed.
                                 * @enum {string|null}
                                 */
                                deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                                shipBy: string | null;
                                /** @enum {string} */
                                paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                                /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                                refunded: number;
                                shipTo: {
                                    name?: string;
                                    line1?: string;
                                    line2?: string;
                                    city?: string;
                                    region?: string;
                                    postalCode?: string;
                                    country?: string;
                                    phone?: string;
                                } | null;
                                /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                                redactedAt: string | null;
                                createdAt: string;
                                /** @description Set on a part split off another order: the order the channel knows. */
                                parentOrderId: string | null;
                                /** @description Ids of the parts split off this order (empty when it was not split). */
                                splitInto: string[];
                                /** @description The merge group the order ships in; null when it ships alone. */
                                mergeGroupId: string | null;
                                /** @description Ids of the other orders of its merge group. */
                                mergedWith: string[];
                                lines: {
                                    id: string;
                                    lineNo: number;
                                    sku: string | null;
                                    /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                    channelSku: string | null;
                                    /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                    channelItemId: string | null;
                                    channelLineId: string | null;
                                    title: string | null;
                                    quantity: number;
                                    /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                    unitPrice: number | null;
                                    shippedQuantity: number;
                                    /** @enum {string} */
                                    allocation: "allocated" | "short" | "unmapped" | "none";
                                }[];
                                events: {
                                    id: string;
                                    at: string;
                                    /** @enum {string} */
                                    source: "extension" | "api" | "import" | "webhook" | "system";
                                    /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                    actor: string | null;
                                    kind: string;
                                    /** @enum {string|null} */
                                    fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                    /** @enum {string|null} */
                                    toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                    changes: {
                                        field: string;
                                        from?: unknown;
                                        to?: unknown;
                                        /**
                                         * @description The values were buyer data, since redacted: from and to are null.
                                         * @enum {boolean}
                                         */
                                        redacted?: true;
                                    }[];
                                    reason: string | null;
                                }[];
                                shipments: {
                                    id: string;
                                    carrier: string | null;
                                    service: string | null;
                                    trackingNumber: string | null;
                                    shippedAt: string;
                                }[];
                                refunds: {
                                    id: string;
                                    amount: number;
                                    currency: string;
                                    lines: {
                                        lineId: string;
                                        quantity: number;
                                    }[];
                                    reason: string | null;
                                    /** @enum {string} */
                                    source: "extension" | "api" | "import" | "webhook" | "system";
                                    /** @description The channel’s id of a captured refund. */
                                    externalId: string | null;
                                    refundedAt: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                status?: string;
                channelId?: string;
                placedFrom?: string;
                placedTo?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of orders. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orders": [
                     *         {
                     *           "id": "ord_01J9Z4K2QW",
                     *           "channelId": "chn_01J9Z3AMAZON",
                     *           "channelKind": "amazon",
                     *           "externalId": "113-4567890-1234567",
                     *           "status": "ready",
                     *           "channelStatus": "Unshipped",
                     *           "placedAt": "2026-11-20T10:00:00.000Z",
                     *           "placedAtPrecision": "time",
                     *           "updatedAt": "2026-11-20T10:05:00.000Z",
                     *           "currency": "USD",
                     *           "total": 2598,
                     *           "buyer": {
                     *             "name": "Jane Doe",
                     *             "email": "jane@example.com",
                     *             "externalId": null
                     *           },
                     *           "serviceLevel": "Standard",
                     *           "shipSpeed": "standard",
                     *           "deliveryPromise": null,
                     *           "shipBy": "2026-11-22T23:59:59.000Z",
                     *           "paymentStatus": "paid",
                     *           "refunded": 0,
                     *           "shipTo": {
                     *             "name": "Jane Doe",
                     *             "line1": "1 Main St",
                     *             "city": "Springfield",
                     *             "region": "IL",
                     *             "postalCode": "62701",
                     *             "country": "US"
                     *           },
                     *           "redactedAt": null,
                     *           "createdAt": "2026-11-20T10:06:12.000Z",
                     *           "parentOrderId": null,
                     *           "splitInto": [],
                     *           "mergeGroupId": null,
                     *           "mergedWith": []
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        orders: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    captureOrders: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channelId": "chn_01J9Z3AMAZON",
                 *       "externalId": "113-4567890-1234567",
                 *       "status": "ready",
                 *       "channelStatus": "Unshipped",
                 *       "placedAt": "2026-11-20T10:00:00Z",
                 *       "updatedAt": "2026-11-20T10:05:00Z",
                 *       "currency": "USD",
                 *       "total": 2598,
                 *       "buyer": {
                 *         "name": "Jane Doe",
                 *         "email": "jane@example.com"
                 *       },
                 *       "serviceLevel": "Standard",
                 *       "shipBy": "2026-11-22T23:59:59Z",
                 *       "paymentStatus": "paid",
                 *       "lines": [
                 *         {
                 *           "sku": "MUG-BLUE",
                 *           "title": "Blue mug",
                 *           "quantity": 2,
                 *           "unitPrice": 1299
                 *         }
                 *       ],
                 *       "shipTo": {
                 *         "name": "Jane Doe",
                 *         "line1": "1 Main St",
                 *         "city": "Springfield",
                 *         "region": "IL",
                 *         "postalCode": "62701",
                 *         "country": "US"
                 *       }
                 *     }
                 */
                "application/json": {
                    orders: {
                        channelId: string;
                        externalId: string;
                        /** @enum {string} */
                        status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                        channelStatus?: string;
                        /** Format: date-time */
                        placedAt: string;
                        /**
                         * @description 'day' when the source gave only the order's day (placedAt is then midnight UTC of it); left out, 'time'. A day never replaces a time the book already holds; a time replaces a day.
                         * @enum {string}
                         */
                        placedAtPrecision?: "day" | "time";
                        /** Format: date-time */
                        updatedAt?: string;
                        currency: string;
                        /** @description Minor units of `currency`. Null or left out when the source did not show it: the book keeps a total it knows, else holds it as unknown (never 0). */
                        total?: number | null;
                        buyer?: {
                            name?: string;
                            /** Format: email */
                            email?: string;
                            externalId?: string;
                        };
                        serviceLevel?: string;
                        /**
                         * @description A marketplace promise the source shows apart from the service words (Amazon's is-prime column); without it the words decide.
                         * @enum {string}
                         */
                        deliveryPromise?: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed";
                        /** Format: date-time */
                        shipBy?: string;
                        /** @enum {string} */
                        paymentStatus?: "pending" | "paid" | "refunded" | "partially_refunded";
                        lines: {
                            sku?: string;
                            channelSku?: string;
                            channelItemId?: string;
                            channelLineId?: string;
                            title?: string;
                            quantity: number;
                            /** @description Minor units of the order’s currency. Null or left out when the source did not show it: the book keeps a price it knows, else holds it as unknown. */
                            unitPrice?: number | null;
                        }[];
                        shipTo?: {
                            name?: string;
                            line1?: string;
                            line2?: string;
                            city?: string;
                            region?: string;
                            postalCode?: string;
                            country?: string;
                            phone?: string;
                        };
                        unknown?: ("status" | "channelStatus" | "placedAt" | "total" | "currency" | "buyer" | "serviceLevel" | "shipBy" | "paymentStatus" | "shipTo" | "lines" | "unitPrices")[];
                        refunds?: {
                            externalId: string;
                            amount: number;
                            /** Format: date-time */
                            at?: string;
                            reason?: string;
                        }[];
                        refundedTotal?: number;
                    }[];
                } | {
                    channelId: string;
                    externalId: string;
                    /** @enum {string} */
                    status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                    channelStatus?: string;
                    /** Format: date-time */
                    placedAt: string;
                    /**
                     * @description 'day' when the source gave only the order's day (placedAt is then midnight UTC of it); left out, 'time'. A day never replaces a time the book already holds; a time replaces a day.
                     * @enum {string}
                     */
                    placedAtPrecision?: "day" | "time";
                    /** Format: date-time */
                    updatedAt?: string;
                    currency: string;
                    /** @description Minor units of `currency`. Null or left out when the source did not show it: the book keeps a total it knows, else holds it as unknown (never 0). */
                    total?: number | null;
                    buyer?: {
                        name?: string;
                        /** Format: email */
                        email?: string;
                        externalId?: string;
                    };
                    serviceLevel?: string;
                    /**
                     * @description A marketplace promise the source shows apart from the service words (Amazon's is-prime column); without it the words decide.
                     * @enum {string}
                     */
                    deliveryPromise?: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed";
                    /** Format: date-time */
                    shipBy?: string;
                    /** @enum {string} */
                    paymentStatus?: "pending" | "paid" | "refunded" | "partially_refunded";
                    lines: {
                        sku?: string;
                        channelSku?: string;
                        channelItemId?: string;
                        channelLineId?: string;
                        title?: string;
                        quantity: number;
                        /** @description Minor units of the order’s currency. Null or left out when the source did not show it: the book keeps a price it knows, else holds it as unknown. */
                        unitPrice?: number | null;
                    }[];
                    shipTo?: {
                        name?: string;
                        line1?: string;
                        line2?: string;
                        city?: string;
                        region?: string;
                        postalCode?: string;
                        country?: string;
                        phone?: string;
                    };
                    unknown?: ("status" | "channelStatus" | "placedAt" | "total" | "currency" | "buyer" | "serviceLevel" | "shipBy" | "paymentStatus" | "shipTo" | "lines" | "unitPrices")[];
                    refunds?: {
                        externalId: string;
                        amount: number;
                        /** Format: date-time */
                        at?: string;
                        reason?: string;
                    }[];
                    refundedTotal?: number;
                };
            };
        };
        responses: {
            /** @description One result per order, in input order. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "externalId": "113-4567890-1234567",
                     *           "id": "ord_01J9Z4K2QW",
                     *           "outcome": "created"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        results: {
                            externalId: string;
                            id: string;
                            /** @enum {string} */
                            outcome: "created" | "updated" | "unchanged";
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Idempotency-Key reused with another body. */
            422: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    lookupOrders: {
        parameters: {
            query: {
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matches, best first. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "order": {
                     *             "id": "ord_01J9Z4K2QW",
                     *             "channelId": "chn_01J9Z3AMAZON",
                     *             "channelKind": "amazon",
                     *             "externalId": "113-4567890-1234567",
                     *             "status": "ready",
                     *             "channelStatus": "Unshipped",
                     *             "placedAt": "2026-11-20T10:00:00.000Z",
                     *             "placedAtPrecision": "time",
                     *             "updatedAt": "2026-11-20T10:05:00.000Z",
                     *             "currency": "USD",
                     *             "total": 2598,
                     *             "buyer": {
                     *               "name": "Jane Doe",
                     *               "email": "jane@example.com",
                     *               "externalId": null
                     *             },
                     *             "serviceLevel": "Standard",
                     *             "shipSpeed": "standard",
                     *             "deliveryPromise": null,
                     *             "shipBy": "2026-11-22T23:59:59.000Z",
                     *             "paymentStatus": "paid",
                     *             "refunded": 0,
                     *             "shipTo": {
                     *               "name": "Jane Doe",
                     *               "line1": "1 Main St",
                     *               "city": "Springfield",
                     *               "region": "IL",
                     *               "postalCode": "62701",
                     *               "country": "US"
                     *             },
                     *             "redactedAt": null,
                     *             "createdAt": "2026-11-20T10:06:12.000Z",
                     *             "parentOrderId": null,
                     *             "splitInto": [],
                     *             "mergeGroupId": null,
                     *             "mergedWith": []
                     *           },
                     *           "matched": "order_number"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        results: {
                            order: {
                                id: string;
                                channelId: string;
                                channelKind: string;
                                externalId: string;
                                /** @enum {string} */
                                status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                                channelStatus: string | null;
                                placedAt: string;
                                /**
                                 * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                                 * @enum {string|null}
                                 */
                                placedAtPrecision: "day" | "time" | null;
                                updatedAt: string;
                                currency: string;
                                /**
                                 * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                                 * @enum {boolean}
                                 */
                                currencyUnknown?: true;
                                /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                                total: number | null;
                                buyer: {
                                    name: string | null;
                                    email: string | null;
                                    externalId: string | null;
                                };
                                /** @description The channel's own service words. */
                                serviceLevel: string;
                                /**
                                 * @description The unified speed of the channel's service words; unknown when they do not say.
                                 * @enum {string}
                                 */
                                shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                                /**
                                 * @description A marketplace delivery promise the order showed.
                                 * @enum {string|null}
                                 */
                                deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                                shipBy: string | null;
                                /** @enum {string} */
                                paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                                /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                                refunded: number;
                                shipTo: {
                                    name?: string;
                                    line1?: string;
                                    line2?: string;
                                    city?: string;
                                    region?: string;
                                    postalCode?: string;
                                    country?: string;
                                    phone?: string;
                                } | null;
                                /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                                redactedAt: string | null;
                                createdAt: string;
                                /** @description Set on a part split off another order: the order the channel knows. */
                                parentOrderId: string | null;
                                /** @description Ids of the parts split off this order (empty when it was not split). */
                                splitInto: string[];
                                /** @description The merge group the order ships in; null when it ships alone. */
                                mergeGroupId: string | null;
                                /** @description Ids of the other orders of its merge group. */
                                mergedWith: string[];
                            };
                            /** @enum {string} */
                            matched: "order_number" | "order_number_prefix" | "text";
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getOrderStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channelId: string;
                    externalIds: string[];
                };
            };
        };
        responses: {
            /** @description Statuses by external id; unknown ids are absent. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        statuses: {
                            [key: string]: {
                                id: string;
                                /** @enum {string} */
                                status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                                channelStatus: string | null;
                                updatedAt: string;
                                /** @description Present when the order was split: how many orders it now ships as (itself and its parts). */
                                splitInto?: number;
                                /**
                                 * @description Present when no source has shown the order’s total yet (the order’s `total` is null).
                                 * @enum {boolean}
                                 */
                                totalUnknown?: true;
                                /**
                                 * @description Present when no source has named the order’s currency yet (its total is then unknown too).
                                 * @enum {boolean}
                                 */
                                currencyUnknown?: true;
                                /** @description The order’s parcels, oldest first, to confirm on the portal. */
                                shipments: {
                                    carrier: string | null;
                                    service: string | null;
                                    trackingNumber: string | null;
                                    shippedAt: string;
                                    lines: {
                                        sku: string | null;
                                        channelSku: string | null;
                                        quantity: number;
                                    }[];
                                }[];
                            };
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "order": {
                     *         "id": "ord_01J9Z4K2QW",
                     *         "channelId": "chn_01J9Z3AMAZON",
                     *         "channelKind": "amazon",
                     *         "externalId": "113-4567890-1234567",
                     *         "status": "ready",
                     *         "channelStatus": "Unshipped",
                     *         "placedAt": "2026-11-20T10:00:00.000Z",
                     *         "placedAtPrecision": "time",
                     *         "updatedAt": "2026-11-20T10:05:00.000Z",
                     *         "currency": "USD",
                     *         "total": 2598,
                     *         "buyer": {
                     *           "name": "Jane Doe",
                     *           "email": "jane@example.com",
                     *           "externalId": null
                     *         },
                     *         "serviceLevel": "Standard",
                     *         "shipSpeed": "standard",
                     *         "deliveryPromise": null,
                     *         "shipBy": "2026-11-22T23:59:59.000Z",
                     *         "paymentStatus": "paid",
                     *         "refunded": 0,
                     *         "shipTo": {
                     *           "name": "Jane Doe",
                     *           "line1": "1 Main St",
                     *           "city": "Springfield",
                     *           "region": "IL",
                     *           "postalCode": "62701",
                     *           "country": "US"
                     *         },
                     *         "redactedAt": null,
                     *         "createdAt": "2026-11-20T10:06:12.000Z",
                     *         "parentOrderId": null,
                     *         "splitInto": [],
                     *         "mergeGroupId": null,
                     *         "mergedWith": [],
                     *         "lines": [
                     *           {
                     *             "id": "oln_01J9Z4K2QX",
                     *             "lineNo": 1,
                     *             "sku": "MUG-BLUE",
                     *             "channelSku": "MUG-BLUE",
                     *             "channelItemId": "B0CJ4XKQ2Z",
                     *             "channelLineId": "113-4567890-1234567-1",
                     *             "title": "Blue mug",
                     *             "quantity": 2,
                     *             "unitPrice": 1299,
                     *             "shippedQuantity": 0,
                     *             "allocation": "allocated"
                     *           }
                     *         ],
                     *         "events": [
                     *           {
                     *             "id": "oev_01J9Z4K2QY",
                     *             "at": "2026-11-20T10:06:12.000Z",
                     *             "source": "extension",
                     *             "actor": "Sam (packing desk)",
                     *             "kind": "captured",
                     *             "fromStatus": null,
                     *             "toStatus": "ready",
                     *             "changes": [],
                     *             "reason": null
                     *           }
                     *         ],
                     *         "shipments": [],
                     *         "refunds": []
                     *       }
                     *     }
                     */
                    "application/json": {
                        order: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    transitionOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "to": "shipped",
                 *       "tracking": {
                 *         "number": "1Z999AA10123456784",
                 *         "carrier": "UPS"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    to: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                    reason?: string;
                    restock?: boolean;
                    tracking?: {
                        number: string;
                        carrier?: string;
                        service?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The order after the move. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    importOrders: {
        parameters: {
            query: {
                format?: "auto" | "amazon-all-orders" | "amazon-unshipped" | "shopify-orders" | "ebay-orders" | "etsy-sold-orders" | "etsy-sold-order-items" | "walmart-orders" | "etsy";
                channelId: string;
                defaultCurrency?: string;
                async?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "text/tab-separated-values": string;
                "application/octet-stream": string;
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                    /** Format: binary */
                    orders?: string;
                    /** Format: binary */
                    items?: string;
                };
            };
        };
        responses: {
            /** @description What the import did, with the problems found by line. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        errors: {
                            line: number;
                            column: string | null;
                            message: string;
                            externalId: string | null;
                            file: string | null;
                        }[];
                        moreErrors: number;
                    };
                };
            };
            /** @description The file is stored and queued (`async=true`); follow it at the Location. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description GET /v1/imports/{importId} */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "importId": "imp_5f0c2a9e41d7b3c86a1e0f24",
                     *       "status": "queued"
                     *     }
                     */
                    "application/json": {
                        importId: string;
                        /** @enum {string} */
                        status: "queued" | "running" | "done" | "failed";
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The same file is already being imported for this channel; `error.importId` names that import. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The file is of no known layout, or of another marketplace than the channel; `error.recognised` names the layout seen. Nothing is stored. */
            422: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import and its progress. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "imp_5f0c2a9e41d7b3c86a1e0f24",
                     *       "channelId": "ch_amazon_us",
                     *       "format": "amazon-all-orders",
                     *       "status": "running",
                     *       "bytes": 41943040,
                     *       "ordersRead": 20000,
                     *       "created": 19990,
                     *       "updated": 0,
                     *       "unchanged": 0,
                     *       "failed": 10,
                     *       "errors": [
                     *         {
                     *           "line": 118,
                     *           "column": "purchase-date",
                     *           "message": "not a date",
                     *           "externalId": "113-1111111-1111111",
                     *           "file": null
                     *         }
                     *       ],
                     *       "moreErrors": 0,
                     *       "failureReason": null,
                     *       "createdAt": "2026-12-07T10:00:00.000Z",
                     *       "updatedAt": "2026-12-07T10:00:04.000Z"
                     *     }
                     */
                    "application/json": {
                        created: number;
                        updated: number;
                        unchanged: number;
                        failed: number;
                        errors: {
                            line: number;
                            column: string | null;
                            message: string;
                            externalId: string | null;
                            file: string | null;
                        }[];
                        moreErrors: number;
                        id: string;
                        channelId: string;
                        /** @enum {string} */
                        format: "auto" | "amazon-all-orders" | "amazon-unshipped" | "shopify-orders" | "ebay-orders" | "etsy-sold-orders" | "etsy-sold-order-items" | "walmart-orders" | "etsy";
                        /** @enum {string} */
                        status: "queued" | "running" | "done" | "failed";
                        bytes: number;
                        ordersRead: number;
                        failureReason: string | null;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    receiveShopifyWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery was taken. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        outcome: ("created" | "updated" | "unchanged") | "ignored";
                        topic: string | null;
                        order: {
                            id: string;
                            externalId: string;
                        } | null;
                        redelivery: boolean;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    exportOrdersCsv: {
        parameters: {
            query?: {
                status?: string;
                channelId?: string;
                placedFrom?: string;
                placedTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    exportQuantityFile: {
        parameters: {
            query: {
                channelId: string;
                /** @description The layout id; defaults to the channel’s own. */
                format?: string;
                /** @description `true`: every listing, not only those whose figure may differ. */
                all?: "true" | "false";
                /** @description Shopify only: the Shopify location the file sets. */
                location?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload file, streamed. */
            200: {
                headers: {
                    /** @description The file’s id, to mark it uploaded. */
                    "Upload-File-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "text/csv": string;
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    exportShipmentFile: {
        parameters: {
            query: {
                channelId: string;
                /** @description Shipments shipped at or after this time. */
                since: string;
                format?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The upload file, streamed. */
            200: {
                headers: {
                    /** @description The file’s id, to mark it uploaded. */
                    "Upload-File-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "text/csv": string;
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    markUploadFileUploaded: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, now uploaded. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "id": "upf_01HZX9",
                         *       "channelId": "ch_01HZX3AMAZON",
                         *       "kind": "quantities",
                         *       "layout": "amazon-price-quantity",
                         *       "status": "uploaded",
                         *       "rows": 42,
                         *       "createdAt": "2026-12-07T09:00:00.000Z",
                         *       "uploadedAt": "2026-12-07T09:05:00.000Z"
                         *     }
                         */
                        file: {
                            id: string;
                            channelId: string;
                            /** @enum {string} */
                            kind: "quantities" | "shipments";
                            layout: string;
                            /**
                             * @description `writing` until the download ended whole.
                             * @enum {string}
                             */
                            status: "writing" | "downloaded" | "uploaded";
                            rows: number;
                            createdAt: string;
                            uploadedAt: string | null;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listPendingUploads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per channel: layouts (or the alternative), pending counts, the last five files. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: {
                            channelId: string;
                            kind: string;
                            name: string;
                            quantities: ({
                                layout: string;
                                title: string;
                                confirmed: boolean;
                            } | {
                                layout: null;
                                reason: string;
                                alternative: string;
                            }) & {
                                /** @description Listings the next quantity file would hold. */
                                pending: number;
                                /** @description Listings no file can address (an Amazon listing keyed by ASIN, no eBay item number, no Shopify handle). */
                                missingKey: number;
                            };
                            shipments: ({
                                layout: string;
                                title: string;
                                confirmed: boolean;
                            } | {
                                layout: null;
                                reason: string;
                                alternative: string;
                            }) & {
                                /** @description Shipments no uploaded file confirmed, counted up to 1,000. */
                                pending: number;
                                /** @description `true`: more than 1,000 shipments wait (`pending` is 1,000). */
                                morePending: boolean;
                            };
                            files: {
                                id: string;
                                channelId: string;
                                /** @enum {string} */
                                kind: "quantities" | "shipments";
                                layout: string;
                                /**
                                 * @description `writing` until the download ended whole.
                                 * @enum {string}
                                 */
                                status: "writing" | "downloaded" | "uploaded";
                                rows: number;
                                createdAt: string;
                                uploadedAt: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    recordPortalOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "channelId": "ch_01HZX3AMAZON",
                 *       "orders": [
                 *         {
                 *           "externalId": "113-1234567-1234567",
                 *           "channelStatus": "Unshipped",
                 *           "seenAt": "2026-12-07T09:00:00Z"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @example ch_01HZX3AMAZON */
                    channelId: string;
                    orders: {
                        /** @example 113-1234567-1234567 */
                        externalId: string;
                        /** @example Unshipped */
                        channelStatus: string;
                        /** Format: date-time */
                        seenAt: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Recorded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getReconciliation: {
        parameters: {
            query?: {
                channelId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per channel, with exact counts and up to 100 of each. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: {
                            channelId: string;
                            kind: string;
                            missingFromBook: {
                                count: number;
                                /** @description Up to 100, newest sighting first. */
                                externalIds: string[];
                            };
                            statusMismatch: {
                                count: number;
                                orders: {
                                    orderId: string;
                                    externalId: string;
                                    portalStatus: string;
                                    bookStatus: string;
                                    /**
                                     * @description `confirm_shipment`: the book shipped it, the portal still shows it unshipped. `cancel_in_book`: the portal cancelled it, the book still holds stock for it.
                                     * @enum {string}
                                     */
                                    action: "confirm_shipment" | "cancel_in_book";
                                }[];
                            };
                            quantityMismatch: {
                                count: number;
                                listings: {
                                    channelSku: string;
                                    listed: number;
                                    availableToSell: number;
                                    seenAt: string;
                                }[];
                            };
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getSalesReport: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                channelId?: string;
                groupBy?: "day" | "week" | "month" | "channel" | "sku";
                currency?: string;
                top?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sales report. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        /** @enum {string} */
                        groupBy: "day" | "week" | "month" | "channel" | "sku";
                        groups: {
                            key: string;
                            currency: string;
                            orders: number;
                            units: number;
                            revenue: number;
                            /** @description Orders of the group whose total (for SKU figures: this line’s unit price) no source has shown yet: counted in `orders` and `units`, left out of `revenue`. */
                            unpricedOrders: number;
                            refunded: number | null;
                            net: number | null;
                        }[];
                        totals: {
                            key: string;
                            currency: string;
                            orders: number;
                            units: number;
                            revenue: number;
                            /** @description Orders of the group whose total (for SKU figures: this line’s unit price) no source has shown yet: counted in `orders` and `units`, left out of `revenue`. */
                            unpricedOrders: number;
                            refunded: number | null;
                            net: number | null;
                        }[];
                        topSkus: {
                            key: string;
                            currency: string;
                            orders: number;
                            units: number;
                            revenue: number;
                            /** @description Orders of the group whose total (for SKU figures: this line’s unit price) no source has shown yet: counted in `orders` and `units`, left out of `revenue`. */
                            unpricedOrders: number;
                            refunded: number | null;
                            net: number | null;
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getFulfillmentReport: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                channelId?: string;
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fulfillment report. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        asOf: string;
                        overall: {
                            channelId: string | null;
                            orders: number;
                            shipped: number;
                            shippedTimeUnknown: number;
                            medianHours: number | null;
                            p90Hours: number | null;
                            withShipBy: number;
                            late: number;
                            lateShare: number | null;
                            open: {
                                under_1d?: number;
                                "1_2d"?: number;
                                "2_3d"?: number;
                                "3_7d"?: number;
                                over_7d?: number;
                            };
                        };
                        byChannel: {
                            channelId: string | null;
                            orders: number;
                            shipped: number;
                            shippedTimeUnknown: number;
                            medianHours: number | null;
                            p90Hours: number | null;
                            withShipBy: number;
                            late: number;
                            lateShare: number | null;
                            open: {
                                under_1d?: number;
                                "1_2d"?: number;
                                "2_3d"?: number;
                                "3_7d"?: number;
                                over_7d?: number;
                            };
                        }[];
                        byShipSpeed: {
                            orders: number;
                            shipped: number;
                            shippedTimeUnknown: number;
                            medianHours: number | null;
                            p90Hours: number | null;
                            withShipBy: number;
                            late: number;
                            lateShare: number | null;
                            open: {
                                under_1d?: number;
                                "1_2d"?: number;
                                "2_3d"?: number;
                                "3_7d"?: number;
                                over_7d?: number;
                            };
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listListings: {
        parameters: {
            query?: {
                channelId?: string;
                sku?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of listings. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        listings: {
                            channelId: string;
                            channelSku: string;
                            itemId: string | null;
                            variation: {
                                name: string;
                                value: string;
                            }[];
                            needsSku: boolean;
                            title: string | null;
                            components: {
                                sku: string;
                                quantity: number;
                            }[];
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    setListing: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channelId: string;
                    /**
                     * @description The key the marketplace stocks by: Amazon seller SKU, eBay custom label, Shopify variant SKU.
                     * @example MUG-BLUE-FBM
                     */
                    channelSku: string;
                    /**
                     * @description The marketplace item id beside it: ASIN, eBay item number, Shopify product handle.
                     * @example B0CJ4XKQ2Z
                     */
                    itemId?: string;
                    /**
                     * @description Variation options in order (eBay variation, Shopify variant).
                     * @example [
                     *       {
                     *         "name": "Size",
                     *         "value": "9"
                     *       }
                     *     ]
                     */
                    variation?: {
                        name: string;
                        value: string;
                    }[];
                    title?: string;
                    components: {
                        sku: string;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The listing. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        listing: {
                            channelId: string;
                            channelSku: string;
                            itemId: string | null;
                            variation: {
                                name: string;
                                value: string;
                            }[];
                            needsSku: boolean;
                            title: string | null;
                            components: {
                                sku: string;
                                quantity: number;
                            }[];
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    deleteListing: {
        parameters: {
            query: {
                channelId: string;
                channelSku: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channelId: string;
                channelSku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        listing: {
                            channelId: string;
                            channelSku: string;
                            itemId: string | null;
                            variation: {
                                name: string;
                                value: string;
                            }[];
                            needsSku: boolean;
                            title: string | null;
                            components: {
                                sku: string;
                                quantity: number;
                            }[];
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    reportListingObservations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channelId: string;
                    channelSku: string;
                    listedQuantity: number;
                    /** Format: date-time */
                    seenAt: string;
                }[] | {
                    observations: {
                        channelId: string;
                        channelSku: string;
                        listedQuantity: number;
                        /** Format: date-time */
                        seenAt: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description How many were received. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        received: number;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listBuffers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every buffer of the seller. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buffers: {
                            channelId: string | null;
                            sku: string | null;
                            units: number;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    setBuffer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channelId?: string;
                    sku?: string;
                    units: number;
                };
            };
        };
        responses: {
            /** @description Every buffer of the seller. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        buffers: {
                            channelId: string | null;
                            sku: string | null;
                            units: number;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    deleteBuffer: {
        parameters: {
            query?: {
                channelId?: string;
                sku?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listAvailability: {
        parameters: {
            query: {
                channelId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Available-to-sell per listing. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channelId: string;
                        listings: {
                            channelSku: string;
                            availableToSell: number;
                            components: {
                                sku: string;
                                quantity: number;
                                available: number;
                                buffer: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listOversellRisk: {
        parameters: {
            query?: {
                channelId?: string;
                level?: string | string[];
                channelSku?: string | string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Risks, by channel and channel SKU; asked-for channel SKUs without a listing are in `unknown`. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        risks: {
                            channelId: string;
                            channelSku: string;
                            /** @enum {string} */
                            level: "oversold" | "at_risk" | "low" | "ok";
                            availableToSell: number;
                            onHand: number;
                            reserved: number;
                            available: number;
                            backordered: number;
                            listed: number | null;
                            buffer: number;
                            threshold: number | null;
                            sku: string;
                            seenAt: string | null;
                        }[];
                        unknown: string[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    queryOversellRisk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channelId: string;
                    channelSkus: string[];
                };
            };
        };
        responses: {
            /** @description Risks; channel SKUs without a listing are in `unknown`. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        risks: {
                            channelId: string;
                            channelSku: string;
                            /** @enum {string} */
                            level: "oversold" | "at_risk" | "low" | "ok";
                            availableToSell: number;
                            onHand: number;
                            reserved: number;
                            available: number;
                            backordered: number;
                            listed: number | null;
                            buffer: number;
                            threshold: number | null;
                            sku: string;
                            seenAt: string | null;
                        }[];
                        unknown: string[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listSkus: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of SKUs. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        skus: {
                            sku: string;
                            title: string | null;
                            barcode: string | null;
                            lowStockThreshold: number | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    createSkus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    skus: {
                        sku: string;
                        title?: string;
                        barcode?: string;
                        lowStockThreshold?: number | null;
                    }[];
                } | {
                    sku: string;
                    title?: string;
                    barcode?: string;
                    lowStockThreshold?: number | null;
                };
            };
        };
        responses: {
            /** @description The SKUs, in input order. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        skus: {
                            sku: string;
                            title: string | null;
                            barcode: string | null;
                            lowStockThreshold: number | null;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    updateSku: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    barcode?: string;
                    lowStockThreshold?: number | null;
                };
            };
        };
        responses: {
            /** @description The SKU. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sku: {
                            sku: string;
                            title: string | null;
                            barcode: string | null;
                            lowStockThreshold: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listLocations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Locations. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        locations: {
                            code: string;
                            name: string;
                            createdAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    createLocation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description The location. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        location: {
                            code: string;
                            name: string;
                            createdAt: string | null;
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listStockLevels: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of stock records, by SKU. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            sku: string;
                            title: string | null;
                            lowStockThreshold: number | null;
                            onHand: number;
                            reserved: number;
                            available: number;
                            backordered: number;
                            locations: {
                                location: string;
                                onHand: number;
                                reserved: number;
                                available: number;
                            }[];
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    exportStockCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    importStockCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Rows read and levels changed. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rows: number;
                        changed: number;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    adjustStock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sku: string;
                    location?: string;
                    delta: number;
                    reason: string;
                }[] | {
                    adjustments: {
                        sku: string;
                        location?: string;
                        delta: number;
                        reason: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Stock of the adjusted SKUs. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            sku: string;
                            title: string | null;
                            lowStockThreshold: number | null;
                            onHand: number;
                            reserved: number;
                            available: number;
                            backordered: number;
                            locations: {
                                location: string;
                                onHand: number;
                                reserved: number;
                                available: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getStockLevel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stock of the SKU. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item: {
                            sku: string;
                            title: string | null;
                            lowStockThreshold: number | null;
                            onHand: number;
                            reserved: number;
                            available: number;
                            backordered: number;
                            locations: {
                                location: string;
                                onHand: number;
                                reserved: number;
                                available: number;
                            }[];
                        };
                    };
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    setStockLevel: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "location": "main",
                 *       "onHand": 40,
                 *       "note": "cycle count"
                 *     }
                 */
                "application/json": {
                    location?: string;
                    onHand: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Stock of the SKU. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item: {
                            sku: string;
                            title: string | null;
                            lowStockThreshold: number | null;
                            onHand: number;
                            reserved: number;
                            available: number;
                            backordered: number;
                            locations: {
                                location: string;
                                onHand: number;
                                reserved: number;
                                available: number;
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listStockLedger: {
        parameters: {
            query?: {
                location?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                sku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ledger entries. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            id: string;
                            sku: string;
                            location: string;
                            onHandDelta: number;
                            reservedDelta: number;
                            /** @enum {string} */
                            reason: "set" | "adjustment" | "import" | "reserved" | "released" | "shipped" | "restocked";
                            note: string | null;
                            orderId: string | null;
                            lineId: string | null;
                            source: string;
                            /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on entries recorded before actors were. */
                            actor: string | null;
                            at: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current rules, in evaluation order of the list. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        rules: {
                            id: string;
                            name: string;
                            when: ({
                                /** @enum {string} */
                                type: "channel";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "serviceLevel";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "shipSpeed";
                                in: ("same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown")[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "deliveryPromise";
                                in?: ("prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed")[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "buyerTag";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "orderTag";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "orderTotal";
                                currency?: string;
                                min?: number;
                                max?: number;
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "shipByWithinHours";
                                hours: number;
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "paymentStatus";
                                in: ("pending" | "paid" | "refunded" | "partially_refunded")[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "destinationCountry";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "sku";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "lineCount";
                                min?: number;
                                max?: number;
                                not?: boolean;
                            })[];
                            then: ({
                                /** @enum {string} */
                                type: "addPoints";
                                points: number;
                            } | {
                                /** @enum {string} */
                                type: "tag";
                                tag: string;
                            } | {
                                /** @enum {string} */
                                type: "hold";
                                /** @enum {string} */
                                reason: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                                note?: string;
                            } | {
                                /** @enum {string} */
                                type: "release";
                                /** @enum {string} */
                                reason?: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                            } | {
                                /** @enum {string} */
                                type: "proposeMerge";
                                /** @default 24 */
                                withinHours: number;
                            })[];
                        }[];
                        note: string | null;
                        createdAt: string | null;
                        isDefault: boolean;
                    };
                };
            };
            /** @description Not modified since the ETag sent in If-None-Match. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    saveRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rules: {
                        id: string;
                        name: string;
                        when: ({
                            /** @enum {string} */
                            type: "channel";
                            in: string[];
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "serviceLevel";
                            in: string[];
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "shipSpeed";
                            in: ("same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown")[];
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "deliveryPromise";
                            in?: ("prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed")[];
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "buyerTag";
                            in: string[];
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "orderTag";
                            in: string[];
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "orderTotal";
                            currency?: string;
                            min?: number;
                            max?: number;
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "shipByWithinHours";
                            hours: number;
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "paymentStatus";
                            in: ("pending" | "paid" | "refunded" | "partially_refunded")[];
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "destinationCountry";
                            in: string[];
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "sku";
                            in: string[];
                            not?: boolean;
                        } | {
                            /** @enum {string} */
                            type: "lineCount";
                            min?: number;
                            max?: number;
                            not?: boolean;
                        })[];
                        then: ({
                            /** @enum {string} */
                            type: "addPoints";
                            points: number;
                        } | {
                            /** @enum {string} */
                            type: "tag";
                            tag: string;
                        } | {
                            /** @enum {string} */
                            type: "hold";
                            /** @enum {string} */
                            reason: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                            note?: string;
                        } | {
                            /** @enum {string} */
                            type: "release";
                            /** @enum {string} */
                            reason?: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                        } | {
                            /** @enum {string} */
                            type: "proposeMerge";
                            /** @default 24 */
                            withinHours?: number;
                        })[];
                    }[];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The new version. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        rules: {
                            id: string;
                            name: string;
                            when: ({
                                /** @enum {string} */
                                type: "channel";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "serviceLevel";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "shipSpeed";
                                in: ("same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown")[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "deliveryPromise";
                                in?: ("prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed")[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "buyerTag";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "orderTag";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "orderTotal";
                                currency?: string;
                                min?: number;
                                max?: number;
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "shipByWithinHours";
                                hours: number;
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "paymentStatus";
                                in: ("pending" | "paid" | "refunded" | "partially_refunded")[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "destinationCountry";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "sku";
                                in: string[];
                                not?: boolean;
                            } | {
                                /** @enum {string} */
                                type: "lineCount";
                                min?: number;
                                max?: number;
                                not?: boolean;
                            })[];
                            then: ({
                                /** @enum {string} */
                                type: "addPoints";
                                points: number;
                            } | {
                                /** @enum {string} */
                                type: "tag";
                                tag: string;
                            } | {
                                /** @enum {string} */
                                type: "hold";
                                /** @enum {string} */
                                reason: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                                note?: string;
                            } | {
                                /** @enum {string} */
                                type: "release";
                                /** @enum {string} */
                                reason?: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                            } | {
                                /** @enum {string} */
                                type: "proposeMerge";
                                /** @default 24 */
                                withinHours: number;
                            })[];
                        }[];
                        note: string | null;
                        createdAt: string | null;
                        isDefault: boolean;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listRuleHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            version: number;
                            rules: {
                                id: string;
                                name: string;
                                when: ({
                                    /** @enum {string} */
                                    type: "channel";
                                    in: string[];
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "serviceLevel";
                                    in: string[];
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "shipSpeed";
                                    in: ("same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown")[];
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "deliveryPromise";
                                    in?: ("prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed")[];
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "buyerTag";
                                    in: string[];
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "orderTag";
                                    in: string[];
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "orderTotal";
                                    currency?: string;
                                    min?: number;
                                    max?: number;
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "shipByWithinHours";
                                    hours: number;
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "paymentStatus";
                                    in: ("pending" | "paid" | "refunded" | "partially_refunded")[];
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "destinationCountry";
                                    in: string[];
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "sku";
                                    in: string[];
                                    not?: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "lineCount";
                                    min?: number;
                                    max?: number;
                                    not?: boolean;
                                })[];
                                then: ({
                                    /** @enum {string} */
                                    type: "addPoints";
                                    points: number;
                                } | {
                                    /** @enum {string} */
                                    type: "tag";
                                    tag: string;
                                } | {
                                    /** @enum {string} */
                                    type: "hold";
                                    /** @enum {string} */
                                    reason: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                                    note?: string;
                                } | {
                                    /** @enum {string} */
                                    type: "release";
                                    /** @enum {string} */
                                    reason?: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                                } | {
                                    /** @enum {string} */
                                    type: "proposeMerge";
                                    /** @default 24 */
                                    withinHours: number;
                                })[];
                            }[];
                            note: string | null;
                            createdAt: string | null;
                            isDefault: boolean;
                        }[];
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                tag?: string;
                email?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customers: {
                            id: string;
                            name: string | null;
                            email: string | null;
                            tags: string[];
                            keys: ({
                                /** @enum {string} */
                                type: "email";
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "buyer";
                                channelId: string;
                                buyerId: string;
                            })[];
                            orderCount: number;
                            lifetimeValue: {
                                [key: string]: number;
                            };
                            /** @description When name and email were redacted (then null); null while they are held. */
                            redactedAt: string | null;
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** Format: email */
                    email?: string;
                    buyer?: {
                        channelId: string;
                        buyerId: string;
                    };
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description The customer. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: {
                            id: string;
                            name: string | null;
                            email: string | null;
                            tags: string[];
                            keys: ({
                                /** @enum {string} */
                                type: "email";
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "buyer";
                                channelId: string;
                                buyerId: string;
                            })[];
                            orderCount: number;
                            lifetimeValue: {
                                [key: string]: number;
                            };
                            /** @description When name and email were redacted (then null); null while they are held. */
                            redactedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: {
                            id: string;
                            name: string | null;
                            email: string | null;
                            tags: string[];
                            keys: ({
                                /** @enum {string} */
                                type: "email";
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "buyer";
                                channelId: string;
                                buyerId: string;
                            })[];
                            orderCount: number;
                            lifetimeValue: {
                                [key: string]: number;
                            };
                            /** @description When name and email were redacted (then null); null while they are held. */
                            redactedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    setCustomerTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    tags: string[];
                };
            };
        };
        responses: {
            /** @description The customer. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: {
                            id: string;
                            name: string | null;
                            email: string | null;
                            tags: string[];
                            keys: ({
                                /** @enum {string} */
                                type: "email";
                                email: string;
                            } | {
                                /** @enum {string} */
                                type: "buyer";
                                channelId: string;
                                buyerId: string;
                            })[];
                            orderCount: number;
                            lifetimeValue: {
                                [key: string]: number;
                            };
                            /** @description When name and email were redacted (then null); null while they are held. */
                            redactedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getFulfillmentQueue: {
        parameters: {
            query?: {
                limit?: number;
                dueSoonHours?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        generatedAt: string;
                        ruleSetVersion: number;
                        /** @description Orders captured or changed but not yet placed in the queue (a burst of arrivals or a rule change over the whole book is placed in the background). 0 when the answer is complete. */
                        pending: number;
                        counts: {
                            ready: number;
                            short: number;
                            held: number;
                        };
                        queue: {
                            orderId: string;
                            externalId: string;
                            channelId: string;
                            channelKind: string;
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            placedAt: string;
                            shipBy: string | null;
                            late: boolean;
                            dueSoon: boolean;
                            lineCount: number;
                            units: number;
                            tags: string[];
                            priority: {
                                points: number;
                                rules: {
                                    ruleId: string;
                                    name: string;
                                    points: number;
                                    tags: string[];
                                    /** @enum {string} */
                                    hold?: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                                    /** @enum {string} */
                                    release?: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other" | "all";
                                    mergeWithinHours?: number;
                                }[];
                            };
                            merge?: {
                                groupId: string;
                                orderIds: string[];
                            };
                        }[];
                        short: {
                            orderId: string;
                            externalId: string;
                            channelId: string;
                            channelKind: string;
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            placedAt: string;
                            shipBy: string | null;
                            late: boolean;
                            dueSoon: boolean;
                            lineCount: number;
                            units: number;
                            tags: string[];
                            priority: {
                                points: number;
                                rules: {
                                    ruleId: string;
                                    name: string;
                                    points: number;
                                    tags: string[];
                                    /** @enum {string} */
                                    hold?: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                                    /** @enum {string} */
                                    release?: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other" | "all";
                                    mergeWithinHours?: number;
                                }[];
                            };
                            merge?: {
                                groupId: string;
                                orderIds: string[];
                            };
                        }[];
                        held: {
                            orderId: string;
                            externalId: string;
                            status: string;
                            reason: string;
                            note: string | null;
                            /** @enum {string} */
                            source: "rule" | "manual" | "status" | "merge";
                            ruleId: string | null;
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    holdOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    reason: "payment_not_received" | "fraud_review" | "address_check" | "blocked_buyer" | "other";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The order after the change. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    releaseOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The order after the change. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    shipOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    carrier: string;
                    service?: string;
                    trackingNumber: string;
                    lines: {
                        lineId: string;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The order after the change. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    deliverOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The order after the change. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The order after the change. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    returnOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lines: {
                        lineId: string;
                        quantity: number;
                    }[];
                    restock: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The order after the change. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    refundOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": 1299,
                 *       "currency": "USD",
                 *       "reason": "Arrived chipped",
                 *       "lines": [
                 *         {
                 *           "lineId": "lin_01hx3",
                 *           "quantity": 1
                 *         }
                 *       ],
                 *       "withReturn": true,
                 *       "restock": false
                 *     }
                 */
                "application/json": {
                    /** @description Minor units of the order’s currency; at most what is still refundable. */
                    amount: number;
                    /** @description When given, must be the order’s currency. */
                    currency?: string;
                    reason: string;
                    /** @description The units the refund is for; each at most what the line holds minus earlier refunds. */
                    lines?: {
                        lineId: string;
                        quantity: number;
                    }[];
                    /** @description The refunded lines also come back: records a return (the returns move) in the same change. */
                    withReturn?: boolean;
                    /** @description With withReturn: put the returned units back on hand. */
                    restock?: boolean;
                };
            };
        };
        responses: {
            /** @description The order after the refund, its refunds and history included. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description More than is still refundable (`amount`), more units than a line has left (`lines.N.quantity`), or another currency (`currency`). Nothing was changed. */
            422: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    splitOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from a read of this resource: update only if it is still current (412 otherwise). */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "lineId": "oln_01J9Z4K2QX",
                 *           "quantity": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description The lines and quantities that move into the new part. */
                    lines: {
                        lineId: string;
                        quantity: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description The order after the split, and its new part. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        order: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                        part: {
                            id: string;
                            channelId: string;
                            channelKind: string;
                            externalId: string;
                            /** @enum {string} */
                            status: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned";
                            channelStatus: string | null;
                            placedAt: string;
                            /**
                             * @description 'day' when only the order's day is known (placedAt is midnight UTC of it); 'time' when its time is; null for orders captured before this was recorded.
                             * @enum {string|null}
                             */
                            placedAtPrecision: "day" | "time" | null;
                            updatedAt: string;
                            currency: string;
                            /**
                             * @description Set when no source has named the order’s currency yet (a store’s bare "$" on a channel with no currency set): `currency` is then a placeholder and `total` and prices are null.
                             * @enum {boolean}
                             */
                            currencyUnknown?: true;
                            /** @description Minor units of `currency`; null when no source has shown the total yet (unknown, not 0). */
                            total: number | null;
                            buyer: {
                                name: string | null;
                                email: string | null;
                                externalId: string | null;
                            };
                            /** @description The channel's own service words. */
                            serviceLevel: string;
                            /**
                             * @description The unified speed of the channel's service words; unknown when they do not say.
                             * @enum {string}
                             */
                            shipSpeed: "same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown";
                            /**
                             * @description A marketplace delivery promise the order showed.
                             * @enum {string|null}
                             */
                            deliveryPromise: "prime" | "seller_fulfilled_prime" | "walmart_two_day" | "ebay_guaranteed" | null;
                            shipBy: string | null;
                            /** @enum {string} */
                            paymentStatus: "pending" | "paid" | "refunded" | "partially_refunded";
                            /** @description Refunded so far, minor units of `currency` (the sum of the order’s refunds). */
                            refunded: number;
                            shipTo: {
                                name?: string;
                                line1?: string;
                                line2?: string;
                                city?: string;
                                region?: string;
                                postalCode?: string;
                                country?: string;
                                phone?: string;
                            } | null;
                            /** @description When the buyer data was redacted (name, email, phone, street gone); null while it is held. */
                            redactedAt: string | null;
                            createdAt: string;
                            /** @description Set on a part split off another order: the order the channel knows. */
                            parentOrderId: string | null;
                            /** @description Ids of the parts split off this order (empty when it was not split). */
                            splitInto: string[];
                            /** @description The merge group the order ships in; null when it ships alone. */
                            mergeGroupId: string | null;
                            /** @description Ids of the other orders of its merge group. */
                            mergedWith: string[];
                            lines: {
                                id: string;
                                lineNo: number;
                                sku: string | null;
                                /** @description The key the channel stocks the item by (Amazon: the seller SKU); null when no source said it. */
                                channelSku: string | null;
                                /** @description The marketplace item id beside it (Amazon: the ASIN); null when unknown or the same as the channel SKU. */
                                channelItemId: string | null;
                                channelLineId: string | null;
                                title: string | null;
                                quantity: number;
                                /** @description Minor units of the order’s currency; null when no source has shown it yet (unknown, not free). */
                                unitPrice: number | null;
                                shippedQuantity: number;
                                /** @enum {string} */
                                allocation: "allocated" | "short" | "unmapped" | "none";
                            }[];
                            events: {
                                id: string;
                                at: string;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description Who: the name of the token that made the change, or `system`/`webhook`; null on events recorded before actors were. */
                                actor: string | null;
                                kind: string;
                                /** @enum {string|null} */
                                fromStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                /** @enum {string|null} */
                                toStatus: "unknown" | "pending" | "on_hold" | "ready" | "in_progress" | "partially_shipped" | "shipped" | "delivered" | "cancelled" | "returned" | null;
                                changes: {
                                    field: string;
                                    from?: unknown;
                                    to?: unknown;
                                    /**
                                     * @description The values were buyer data, since redacted: from and to are null.
                                     * @enum {boolean}
                                     */
                                    redacted?: true;
                                }[];
                                reason: string | null;
                            }[];
                            shipments: {
                                id: string;
                                carrier: string | null;
                                service: string | null;
                                trackingNumber: string | null;
                                shippedAt: string;
                            }[];
                            refunds: {
                                id: string;
                                amount: number;
                                currency: string;
                                lines: {
                                    lineId: string;
                                    quantity: number;
                                }[];
                                reason: string | null;
                                /** @enum {string} */
                                source: "extension" | "api" | "import" | "webhook" | "system";
                                /** @description The channel’s id of a captured refund. */
                                externalId: string | null;
                                refundedAt: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description If-Match named a version that is no longer current; `error.current` is the current one. */
            412: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Quantities the order’s lines cannot give. */
            422: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    createPickList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    orderIds: string[];
                } | {
                    filter: {
                        channelId?: string;
                        serviceLevel?: string;
                        shipSpeed?: ("same_day" | "next_day" | "two_day" | "expedited" | "standard" | "scheduled" | "freight" | "unknown")[];
                        /** @default 50 */
                        limit?: number;
                    };
                };
            };
        };
        responses: {
            /** @description The pick list. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pickList: {
                            id: string;
                            createdAt: string;
                            orderIds: string[];
                            items: {
                                sku: string;
                                location: string;
                                units: number;
                                orders: {
                                    orderId: string;
                                    externalId: string;
                                    lineId: string;
                                    units: number;
                                }[];
                            }[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getPickList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pick list. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pickList: {
                            id: string;
                            createdAt: string;
                            orderIds: string[];
                            items: {
                                sku: string;
                                location: string;
                                units: number;
                                orders: {
                                    orderId: string;
                                    externalId: string;
                                    lineId: string;
                                    units: number;
                                }[];
                            }[];
                        };
                    };
                    "text/html": string;
                    "text/csv": string;
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    reportPageReads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reads: {
                        /** @enum {string} */
                        portal: "amazon" | "ebay" | "etsy" | "shopify" | "walmart";
                        /** @enum {string} */
                        pageKind: "orders" | "order" | "listings";
                        packVersion: number;
                        /** Format: date-time */
                        at: string;
                        idsSeen: number;
                        countPrinted?: number;
                        rowsRead: number;
                        rowsSkipped: number;
                        fieldsMissing: {
                            [key: string]: number;
                        };
                        strategies: {
                            [key: string]: {
                                [key: string]: number;
                            };
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description The reports are stored. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stored: number;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getPageReadSummary: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary, by day then portal. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        days: {
                            /** @enum {string} */
                            portal: "amazon" | "ebay" | "etsy" | "shopify" | "walmart";
                            day: string;
                            passes: number;
                            idsSeen: number;
                            rowsRead: number;
                            rowsSkipped: number;
                            readShare: number;
                            worstFields: {
                                field: string;
                                missing: number;
                            }[];
                            packVersion: number;
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listPortalPacks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The packs. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        packs: {
                            /** @enum {string} */
                            portal: "amazon" | "ebay" | "etsy" | "shopify" | "walmart";
                            version: number;
                            pack: {
                                /** @enum {string} */
                                portal: "amazon" | "ebay" | "etsy" | "shopify" | "walmart";
                                version: number;
                                experimental?: boolean;
                                routes: {
                                    /** @enum {string} */
                                    kind: "orders" | "order" | "listings";
                                    path: string;
                                }[];
                                orderIds: {
                                    href: string;
                                    text?: string;
                                };
                                selectors: {
                                    [key: string]: string | string[];
                                };
                                labels: {
                                    [key: string]: string[];
                                };
                                fields: {
                                    [key: string]: ({
                                        /** @enum {string} */
                                        by: "cell";
                                        name: string;
                                    } | {
                                        /** @enum {string} */
                                        by: "css";
                                        css: string;
                                        attr?: string;
                                        in?: string;
                                    } | {
                                        /** @enum {string} */
                                        by: "label";
                                        labels: string[];
                                        in?: string;
                                    } | {
                                        /** @enum {string} */
                                        by: "column";
                                        headers: string[];
                                    } | {
                                        /** @enum {string} */
                                        by: "pattern";
                                        pattern: string;
                                        flags?: string;
                                        group?: number;
                                        in?: string;
                                    })[];
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description Nothing changed since the ETag sent. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    publishPortalPack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal: "amazon" | "ebay" | "etsy" | "shopify" | "walmart";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    portal: "amazon" | "ebay" | "etsy" | "shopify" | "walmart";
                    version: number;
                    experimental?: boolean;
                    routes: {
                        /** @enum {string} */
                        kind: "orders" | "order" | "listings";
                        path: string;
                    }[];
                    orderIds: {
                        href: string;
                        text?: string;
                    };
                    selectors: {
                        [key: string]: string | string[];
                    };
                    labels: {
                        [key: string]: string[];
                    };
                    fields: {
                        [key: string]: ({
                            /** @enum {string} */
                            by: "cell";
                            name: string;
                        } | {
                            /** @enum {string} */
                            by: "css";
                            css: string;
                            attr?: string;
                            in?: string;
                        } | {
                            /** @enum {string} */
                            by: "label";
                            labels: string[];
                            in?: string;
                        } | {
                            /** @enum {string} */
                            by: "column";
                            headers: string[];
                        } | {
                            /** @enum {string} */
                            by: "pattern";
                            pattern: string;
                            flags?: string;
                            group?: number;
                            in?: string;
                        })[];
                    };
                };
            };
        };
        responses: {
            /** @description This pack was already published. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        portal: "amazon" | "ebay" | "etsy" | "shopify" | "walmart";
                        version: number;
                        publishedAt: string;
                        /** @enum {string} */
                        outcome: "published" | "unchanged";
                    };
                };
            };
            /** @description The pack is published. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        portal: "amazon" | "ebay" | "etsy" | "shopify" | "walmart";
                        version: number;
                        publishedAt: string;
                        /** @enum {string} */
                        outcome: "published" | "unchanged";
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The body is too large. */
            413: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoints: {
                            id: string;
                            url: string;
                            events: ("order.created" | "order.updated" | "order.status_changed" | "order.shipped" | "order.cancelled" | "order.returned" | "order.refunded" | "shipment.created" | "stock.changed" | "inventory.low" | "inventory.oversold" | "listing.at_risk")[];
                            description: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/orderlens-events",
                 *       "events": [
                 *         "order.created",
                 *         "order.status_changed"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: uri */
                    url: string;
                    events: ("order.created" | "order.updated" | "order.status_changed" | "order.shipped" | "order.cancelled" | "order.returned" | "order.refunded" | "shipment.created" | "stock.changed" | "inventory.low" | "inventory.oversold" | "listing.at_risk")[];
                    description?: string;
                };
            };
        };
        responses: {
            /** @description The endpoint and its secret. */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoint: {
                            id: string;
                            url: string;
                            events: ("order.created" | "order.updated" | "order.status_changed" | "order.shipped" | "order.cancelled" | "order.returned" | "order.refunded" | "shipment.created" | "stock.changed" | "inventory.low" | "inventory.oversold" | "listing.at_risk")[];
                            description: string | null;
                            createdAt: string;
                        };
                        secret: string;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                state?: "pending" | "delivered" | "dead";
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deliveries. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: {
                            id: string;
                            eventId: string;
                            /** @enum {string} */
                            eventType: "order.created" | "order.updated" | "order.status_changed" | "order.shipped" | "order.cancelled" | "order.returned" | "order.refunded" | "shipment.created" | "stock.changed" | "inventory.low" | "inventory.oversold" | "listing.at_risk";
                            subject: string;
                            /** @enum {string} */
                            state: "pending" | "delivered" | "dead";
                            attempts: number;
                            nextAttemptAt: string | null;
                            lastStatus: number | null;
                            lastError: string | null;
                            deliveredAt: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the endpoint answered; `delivered` is true for any 2xx within 10 s. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delivered: boolean;
                        statusCode: number | null;
                        error: string | null;
                        durationMs: number;
                        event: {
                            id: string;
                            /** @enum {string} */
                            type: "webhook.test";
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the endpoint answered (`delivered` is true for any 2xx within 10 s) and the delivery as it now stands. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "delivered": true,
                     *       "statusCode": 204,
                     *       "error": null,
                     *       "durationMs": 182,
                     *       "delivery": {
                     *         "id": "dlv_01J9Z6DELIVERY",
                     *         "eventId": "evt_01J9Z5EVENT",
                     *         "eventType": "order.status_changed",
                     *         "subject": "ord_01J9Z4K2QW",
                     *         "state": "delivered",
                     *         "attempts": 4,
                     *         "nextAttemptAt": null,
                     *         "lastStatus": 204,
                     *         "lastError": null,
                     *         "deliveredAt": "2026-11-20T11:02:41.000Z",
                     *         "createdAt": "2026-11-20T10:07:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        delivered: boolean;
                        statusCode: number | null;
                        error: string | null;
                        durationMs: number;
                        delivery: {
                            id: string;
                            eventId: string;
                            /** @enum {string} */
                            eventType: "order.created" | "order.updated" | "order.status_changed" | "order.shipped" | "order.cancelled" | "order.returned" | "order.refunded" | "shipment.created" | "stock.changed" | "inventory.low" | "inventory.oversold" | "listing.at_risk";
                            subject: string;
                            /** @enum {string} */
                            state: "pending" | "delivered" | "dead";
                            attempts: number;
                            nextAttemptAt: string | null;
                            lastStatus: number | null;
                            lastError: string | null;
                            deliveredAt: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                after?: string;
                types?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        events: {
                            id: string;
                            /** @enum {string} */
                            type: "order.created" | "order.updated" | "order.status_changed" | "order.shipped" | "order.cancelled" | "order.returned" | "order.refunded" | "shipment.created" | "stock.changed" | "inventory.low" | "inventory.oversold" | "listing.at_risk";
                            createdAt: string;
                            data: {
                                [key: string]: unknown;
                            };
                            cursor: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings and the period each channel kind gets. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "defaultDays": 30,
                     *       "channelKinds": {
                     *         "shopify": 90
                     *       },
                     *       "effective": {
                     *         "amazon": 30,
                     *         "ebay": 30,
                     *         "etsy": 30,
                     *         "shopify": 90,
                     *         "walmart": 30,
                     *         "manual": 30,
                     *         "api": 30
                     *       },
                     *       "marketplaceMaxDays": {
                     *         "amazon": 30
                     *       }
                     *     }
                     */
                    "application/json": {
                        defaultDays: number;
                        channelKinds: {
                            amazon?: number;
                            ebay?: number;
                            etsy?: number;
                            shopify?: number;
                            walmart?: number;
                            manual?: number;
                            api?: number;
                        };
                        /** @description Days each channel kind’s buyer data is kept: its own setting, else the default, capped by the marketplace. */
                        effective: {
                            amazon: number;
                            ebay: number;
                            etsy: number;
                            shopify: number;
                            walmart: number;
                            manual: number;
                            api: number;
                        };
                        marketplaceMaxDays: {
                            amazon?: number;
                            ebay?: number;
                            etsy?: number;
                            shopify?: number;
                            walmart?: number;
                            manual?: number;
                            api?: number;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    setRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "defaultDays": 30,
                 *       "channelKinds": {
                 *         "shopify": 90
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description Days for every channel kind without its own period; a marketplace’s own limit still caps it. */
                    defaultDays: number;
                    /** @description Days per channel kind; never more than the marketplace allows (Amazon: 30). */
                    channelKinds?: {
                        amazon?: number;
                        ebay?: number;
                        etsy?: number;
                        shopify?: number;
                        walmart?: number;
                        manual?: number;
                        api?: number;
                    };
                };
            };
        };
        responses: {
            /** @description The settings now in force. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "defaultDays": 30,
                     *       "channelKinds": {
                     *         "shopify": 90
                     *       },
                     *       "effective": {
                     *         "amazon": 30,
                     *         "ebay": 30,
                     *         "etsy": 30,
                     *         "shopify": 90,
                     *         "walmart": 30,
                     *         "manual": 30,
                     *         "api": 30
                     *       },
                     *       "marketplaceMaxDays": {
                     *         "amazon": 30
                     *       }
                     *     }
                     */
                    "application/json": {
                        defaultDays: number;
                        channelKinds: {
                            amazon?: number;
                            ebay?: number;
                            etsy?: number;
                            shopify?: number;
                            walmart?: number;
                            manual?: number;
                            api?: number;
                        };
                        /** @description Days each channel kind’s buyer data is kept: its own setting, else the default, capped by the marketplace. */
                        effective: {
                            amazon: number;
                            ebay: number;
                            etsy: number;
                            shopify: number;
                            walmart: number;
                            manual: number;
                            api: number;
                        };
                        marketplaceMaxDays: {
                            amazon?: number;
                            ebay?: number;
                            etsy?: number;
                            shopify?: number;
                            walmart?: number;
                            manual?: number;
                            api?: number;
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    eraseCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "receipt": {
                     *         "id": "era_01J9Z7ERASURE",
                     *         "customerId": "cus_01J9Z4BUYER",
                     *         "erasedAt": "2026-11-21T09:00:00.000Z",
                     *         "erasedBy": "tok_01J9Z2TOKEN",
                     *         "ordersErased": 3,
                     *         "ordersAwaitingShipment": 1,
                     *         "places": [
                     *           "orders",
                     *           "order_history",
                     *           "search_index",
                     *           "customers",
                     *           "customer_keys",
                     *           "idempotent_answers"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        receipt: {
                            id: string;
                            customerId: string | null;
                            erasedAt: string;
                            /** @description The API token that asked. */
                            erasedBy: string | null;
                            ordersErased: number;
                            /** @description Open orders keeping only their shipping address until they ship; erased then by the cron. */
                            ordersAwaitingShipment: number;
                            places: ("orders" | "order_history" | "search_index" | "customers" | "customer_keys" | "idempotent_answers")[];
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    eraseCustomerByEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "jane@example.com"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description The receipt. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "receipt": {
                     *         "id": "era_01J9Z7ERASURE",
                     *         "customerId": "cus_01J9Z4BUYER",
                     *         "erasedAt": "2026-11-21T09:00:00.000Z",
                     *         "erasedBy": "tok_01J9Z2TOKEN",
                     *         "ordersErased": 3,
                     *         "ordersAwaitingShipment": 1,
                     *         "places": [
                     *           "orders",
                     *           "order_history",
                     *           "search_index",
                     *           "customers",
                     *           "customer_keys",
                     *           "idempotent_answers"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        receipt: {
                            id: string;
                            customerId: string | null;
                            erasedAt: string;
                            /** @description The API token that asked. */
                            erasedBy: string | null;
                            ordersErased: number;
                            /** @description Open orders keeping only their shipping address until they ship; erased then by the cron. */
                            ordersAwaitingShipment: number;
                            places: ("orders" | "order_history" | "search_index" | "customers" | "customer_keys" | "idempotent_answers")[];
                        };
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getErasureReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "receipt": {
                     *         "id": "era_01J9Z7ERASURE",
                     *         "customerId": "cus_01J9Z4BUYER",
                     *         "erasedAt": "2026-11-21T09:00:00.000Z",
                     *         "erasedBy": "tok_01J9Z2TOKEN",
                     *         "ordersErased": 3,
                     *         "ordersAwaitingShipment": 1,
                     *         "places": [
                     *           "orders",
                     *           "order_history",
                     *           "search_index",
                     *           "customers",
                     *           "customer_keys",
                     *           "idempotent_answers"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        receipt: {
                            id: string;
                            customerId: string | null;
                            erasedAt: string;
                            /** @description The API token that asked. */
                            erasedBy: string | null;
                            ordersErased: number;
                            /** @description Open orders keeping only their shipping address until they ship; erased then by the cron. */
                            ordersAwaitingShipment: number;
                            places: ("orders" | "order_history" | "search_index" | "customers" | "customer_keys" | "idempotent_answers")[];
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    exportEverything: {
        parameters: {
            query?: {
                /** @description The cursor of the previous page’s `next` line. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the export. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set. */
            403: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds. */
            503: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    drainWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the pass did. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempted: number;
                        delivered: number;
                        failed: number;
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    rotateSecrets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What this step did and how many secrets remain. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The key that seals now: the first of SECRET_KEYS. */
                        keyId: string;
                        /** @description Secrets re-sealed with it by this call. */
                        resealed: number;
                        /** @description Secrets still sealed with another key or stored in clear; call again until 0. */
                        remaining: number;
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description `secret_keys_missing`: SECRET_KEYS is not set or not valid. */
            500: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    previewSellerDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows that would go, and the confirmation code. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sellerId": "sel_01J9Z1SELLER",
                     *       "name": "Acme Goods",
                     *       "rows": {
                     *         "orders": 1200,
                     *         "order_lines": 1850,
                     *         "order_events": 10000,
                     *         "customers": 610,
                     *         "channels": 3,
                     *         "api_tokens": 2
                     *       },
                     *       "moreThan": [
                     *         "order_events"
                     *       ],
                     *       "confirmation": "3f9a1c0b7e2d",
                     *       "confirmedAt": null
                     *     }
                     */
                    "application/json": {
                        sellerId: string;
                        name: string;
                        /** @description The seller’s rows per table, as of now, counted up to 10,000: a table named in `moreThan` holds more than its figure here. */
                        rows: {
                            [key: string]: number;
                        };
                        /** @description Tables holding more than 10,000 of the seller’s rows (their `rows` figure is 10,000). */
                        moreThan: string[];
                        /** @description Send as `confirm` to DELETE /v1/admin/sellers/{id} to go ahead. */
                        confirmation: string;
                        /** @description When the deletion was confirmed; the cron then deletes the rows in bounded chunks. */
                        confirmedAt: string | null;
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    deleteSeller: {
        parameters: {
            query: {
                confirm: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmed: the rows go on the next cron runs. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sellerId": "sel_01J9Z1SELLER",
                     *       "name": "Acme Goods",
                     *       "rows": {
                     *         "orders": 1200,
                     *         "order_lines": 1850,
                     *         "order_events": 10000,
                     *         "customers": 610,
                     *         "channels": 3,
                     *         "api_tokens": 2
                     *       },
                     *       "moreThan": [
                     *         "order_events"
                     *       ],
                     *       "confirmation": "3f9a1c0b7e2d",
                     *       "confirmedAt": "2026-11-21T09:00:00.000Z"
                     *     }
                     */
                    "application/json": {
                        sellerId: string;
                        name: string;
                        /** @description The seller’s rows per table, as of now, counted up to 10,000: a table named in `moreThan` holds more than its figure here. */
                        rows: {
                            [key: string]: number;
                        };
                        /** @description Tables holding more than 10,000 of the seller’s rows (their `rows` figure is 10,000). */
                        moreThan: string[];
                        /** @description Send as `confirm` to DELETE /v1/admin/sellers/{id} to go ahead. */
                        confirmation: string;
                        /** @description When the deletion was confirmed; the cron then deletes the rows in bounded chunks. */
                        confirmedAt: string | null;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    getSellerMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest move. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sellerId": "sel_01J9Z1SELLER",
                     *       "fromShard": 0,
                     *       "toShard": 1,
                     *       "phase": "done",
                     *       "copied": 8214,
                     *       "cleaned": 8214,
                     *       "restarts": 0,
                     *       "verified": {
                     *         "orders": {
                     *           "rows": 1200,
                     *           "checksum": "9c1e04a7b3f2"
                     *         },
                     *         "order_lines": {
                     *           "rows": 1850,
                     *           "checksum": "4b7d29e0c115"
                     *         }
                     *       },
                     *       "startedAt": "2026-11-21T09:00:00.000Z",
                     *       "finishedAt": "2026-11-21T09:01:12.000Z"
                     *     }
                     */
                    "application/json": {
                        sellerId: string;
                        fromShard: number;
                        toShard: number;
                        /**
                         * @description drain → clear → copy → verify → switch → cleanup → done. Until switch the seller lives on `fromShard` and its requests answer 503 with Retry-After; from switch on it lives on `toShard`. `failed`: the source kept changing under the copy; the seller stayed where it was.
                         * @enum {string}
                         */
                        phase: "drain" | "clear" | "copy" | "verify" | "switch" | "cleanup" | "done" | "failed";
                        /** @description Rows copied by the current try. */
                        copied: number;
                        /** @description Rows deleted from the old book so far. */
                        cleaned: number;
                        /** @description Copies started over because verification found the source changed. */
                        restarts: number;
                        /** @description Each table as verified equal on both books: its rows and checksum. */
                        verified: {
                            [key: string]: {
                                rows: number;
                                checksum: string;
                            };
                        };
                        startedAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
    moveSeller: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "toShard": 1,
                 *       "drainSeconds": 30
                 *     }
                 */
                "application/json": {
                    /** @description The book database to move to: 0 is `DB`, n is the binding `BOOK_n`. */
                    toShard: number;
                    /**
                     * @description How long to wait, once the seller’s requests answer 503, before copying: requests begun earlier end first. The wait is this plus the token cache’s lifetime (5 s), while other isolates may still admit the seller’s requests.
                     * @default 30
                     */
                    drainSeconds?: number;
                };
            };
        };
        responses: {
            /** @description The move is done. */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sellerId": "sel_01J9Z1SELLER",
                     *       "fromShard": 0,
                     *       "toShard": 1,
                     *       "phase": "done",
                     *       "copied": 8214,
                     *       "cleaned": 8214,
                     *       "restarts": 0,
                     *       "verified": {
                     *         "orders": {
                     *           "rows": 1200,
                     *           "checksum": "9c1e04a7b3f2"
                     *         },
                     *         "order_lines": {
                     *           "rows": 1850,
                     *           "checksum": "4b7d29e0c115"
                     *         }
                     *       },
                     *       "startedAt": "2026-11-21T09:00:00.000Z",
                     *       "finishedAt": "2026-11-21T09:01:12.000Z"
                     *     }
                     */
                    "application/json": {
                        sellerId: string;
                        fromShard: number;
                        toShard: number;
                        /**
                         * @description drain → clear → copy → verify → switch → cleanup → done. Until switch the seller lives on `fromShard` and its requests answer 503 with Retry-After; from switch on it lives on `toShard`. `failed`: the source kept changing under the copy; the seller stayed where it was.
                         * @enum {string}
                         */
                        phase: "drain" | "clear" | "copy" | "verify" | "switch" | "cleanup" | "done" | "failed";
                        /** @description Rows copied by the current try. */
                        copied: number;
                        /** @description Rows deleted from the old book so far. */
                        cleaned: number;
                        /** @description Copies started over because verification found the source changed. */
                        restarts: number;
                        /** @description Each table as verified equal on both books: its rows and checksum. */
                        verified: {
                            [key: string]: {
                                rows: number;
                                checksum: string;
                            };
                        };
                        startedAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description The move is under way: call again to go on. */
            202: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sellerId": "sel_01J9Z1SELLER",
                     *       "fromShard": 0,
                     *       "toShard": 1,
                     *       "phase": "copy",
                     *       "copied": 8214,
                     *       "cleaned": 0,
                     *       "restarts": 0,
                     *       "verified": {},
                     *       "startedAt": "2026-11-21T09:00:00.000Z",
                     *       "finishedAt": null
                     *     }
                     */
                    "application/json": {
                        sellerId: string;
                        fromShard: number;
                        toShard: number;
                        /**
                         * @description drain → clear → copy → verify → switch → cleanup → done. Until switch the seller lives on `fromShard` and its requests answer 503 with Retry-After; from switch on it lives on `toShard`. `failed`: the source kept changing under the copy; the seller stayed where it was.
                         * @enum {string}
                         */
                        phase: "drain" | "clear" | "copy" | "verify" | "switch" | "cleanup" | "done" | "failed";
                        /** @description Rows copied by the current try. */
                        copied: number;
                        /** @description Rows deleted from the old book so far. */
                        cleaned: number;
                        /** @description Copies started over because verification found the source changed. */
                        restarts: number;
                        /** @description Each table as verified equal on both books: its rows and checksum. */
                        verified: {
                            [key: string]: {
                                rows: number;
                                checksum: string;
                            };
                        };
                        startedAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description The input is not valid; `issues` names each field. */
            400: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Missing, unknown or revoked token. */
            401: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description Not found (or another seller’s). */
            404: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
            /** @description The current state does not allow this. */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            code: string;
                            message: string;
                            issues?: {
                                path: string;
                                message: string;
                            }[];
                            /** @description The answer’s `Request-Id` header: quote it when asking for help. */
                            requestId: string;
                            /** @description On 412: the resource as it is now, as its GET answers it. */
                            current?: unknown;
                            /** @description On 403: the scope the token’s role lacks. */
                            scope?: string;
                        };
                    };
                };
            };
        };
    };
}
