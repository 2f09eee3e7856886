CREATE TABLE "contact_change_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"new_value" text NOT NULL,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"sent_at" timestamp with time zone[] DEFAULT '{}'::timestamptz[] NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "contact_change_codes_attempts" CHECK ("contact_change_codes"."attempts" >= 0),
	CONSTRAINT "contact_change_codes_status" CHECK ("contact_change_codes"."status" in ('pending','confirmed','superseded','exhausted')),
	CONSTRAINT "contact_change_codes_channel" CHECK ("contact_change_codes"."channel" in ('email','phone'))
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "available_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_change_codes" ADD CONSTRAINT "contact_change_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_change_codes_user_idx" ON "contact_change_codes" USING btree ("user_id","created_at");