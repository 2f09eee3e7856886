CREATE TABLE "app_clock" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"offset_seconds" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "app_clock_single_row" CHECK ("app_clock"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "cancellations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"started_by_id" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erase_after" timestamp with time zone NOT NULL,
	"previous_status" text NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "cancellations_after_start" CHECK ("cancellations"."erase_after" > "cancellations"."started_at"),
	CONSTRAINT "cancellations_status" CHECK ("cancellations"."status" in ('pending', 'withdrawn', 'erased'))
);
--> statement-breakpoint
ALTER TABLE "cancellations" ADD CONSTRAINT "cancellations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cancellations" ADD CONSTRAINT "cancellations_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cancellations_one_pending" ON "cancellations" USING btree ("user_id") WHERE "cancellations"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "cancellations_due_idx" ON "cancellations" USING btree ("erase_after") WHERE "cancellations"."status" = 'pending';