CREATE TABLE `portal_packs` (
	`portal` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`pack` text NOT NULL,
	`published_at` text NOT NULL
);
