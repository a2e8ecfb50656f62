package extract

import "testing"

// A forum post's byline dates the post, not the incident: the day its
// opening names without a year ("on Monday, March 3"), before the post,
// is the day of the clock times it gives; a full date the opening names
// first stays the day.
func TestYearlessDayUnderPostByline(t *testing.T) {
	post := "Community › Announcements\n\n[Pinned] Incident report: Deploy queue stalled on 3 March\n" +
		"Posted by pelham-staff-rue (Staff) · Mar 5, 2025 · 880 views · 9 replies\n\n" +
		"Here's what happened on Monday, March 3. From 09:20 to 11:05 UTC, deploys stayed queued and none of them started.\n\n" +
		"What happened: at 09:20 a cleanup script removed the scheduler's lease records in production instead of staging, so no worker could claim a deploy.\n\n" +
		"What we changed: the script now refuses to run against production without a second approval.\n\n" +
		"juniper_ops · Mar 5, 2025\nThanks for the write-up, this explains our stuck deploys.\n"
	in, err := Extract([]byte(post), "forum.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2025-03-03T09:20:00Z" || in.EndedAt != "2025-03-03T11:05:00Z" {
		t.Errorf("started %q ended %q, want 3 March", in.StartedAt, in.EndedAt)
	}

	mail := "Subject: Quarry outage 2024-08-12\n\n" +
		"The Quarry service had an outage on 2024-08-12, lasting about 40 minutes from 10:05 UTC to 10:45 UTC.\n\n" +
		"It was set off by timeouts from the object store, seen since around July 30th, which the cleanup job kept retrying until its log filled the disk.\n"
	in, err = Extract([]byte(mail), "mail.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if in.StartedAt != "2024-08-12T10:05:00Z" {
		t.Errorf("started %q, want the full date the opening names", in.StartedAt)
	}
}
