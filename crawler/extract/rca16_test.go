package extract

import (
	"slices"
	"testing"
)

// The forms of patternforms19.go, on RCAs of our own writing (fictional
// providers): a resource of which none is free, a part's rate passed and
// the rest dropped, a Chinese channel's stated rate and the part beyond
// it, code that raises an error, a duct bored through, an attack named as
// a change's purpose, a login credential's expiry, packets changed on the
// way and a Chinese value replaced by another.

// rca16Patterns extracts text and returns its patterns.
func rca16Patterns(t *testing.T, text string) []string {
	t.Helper()
	in, err := Extract([]byte(text), "rca16.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	return in.Patterns
}

// rca16First fails unless want is the first pattern of text.
func rca16First(t *testing.T, text, want string) []string {
	t.Helper()
	pats := rca16Patterns(t, text)
	if len(pats) == 0 || pats[0] != want {
		t.Errorf("patterns %v, want %s first", pats, want)
	}
	return pats
}

// TestRCA16NoFreeInodes checks that a volume with bytes but no free
// inodes, and a subnet with no free addresses, are capacity.
func TestRCA16NoFreeInodes(t *testing.T) {
	rca16First(t, `Uploads failing — Mossgiel Media

Resolved - Thumbnails are being written again. Uploads between 02:10 and 03:40 UTC have been processed.

Identified - The cache volume of the thumbnail service still shows 800 GB available, but it has no free inodes: every thumbnail is a small file, and this week's import of an archive of 90 million photos used them all. New thumbnails cannot be written. We are deleting expired thumbnails and moving the service to a volume formatted with more inodes.

Investigating - Thumbnails are missing for new uploads.`, "capacity")
	rca16First(t, `New virtual machines stuck in "Starting" — Brindle Cloud

Identified - New machines in the customer's private network cannot start because the network's subnet has no free addresses. Each machine takes one address and the subnet holds 251; the customer's batch jobs started 260 machines at once this morning.`, "capacity")
}

// TestRCA16RatePassed checks that requests that "went well past" what a
// part answers a second, the rest dropped, tell capacity.
func TestRCA16RatePassed(t *testing.T) {
	pats := rca16Patterns(t, `Metadata lookups failing after a restart (Ouzel Compute)

On 4 May from 10:05 to 10:30 UTC, instances in our ap-south region could not read their credentials from the instance metadata service.

The metadata service on each host answers up to 500 requests a second. After a kernel patch we restarted 3,000 instances together, and every agent on them asked for its credentials in the same minute; the requests on each host went well past 500 a second and the service dropped the rest. Agents that got no answer gave up and stopped.

We now restart hosts in groups of 100.`)
	if len(pats) == 0 || pats[0] != "capacity" {
		t.Errorf("patterns %v, want capacity first", pats)
	}
}

// TestRCA16ZhChannelRate checks that a Chinese channel's stated rate
// (每秒可处理) and the part beyond it (超出部分) tell capacity.
func TestRCA16ZhChannelRate(t *testing.T) {
	rca16First(t, `【故障说明】邮件通知延迟

7 月 8 日 09:00 至 10:40，青檀云邮件推送服务的通知邮件延迟送达，最长延迟约 90 分钟。

当天上午多家客户同时发送季度账单，发送请求从平时的每秒约 300 封增至每秒 2,600 封。为我们投递邮件的服务商分配的通道每秒可处理 1,000 封，超出部分只能等到下一秒再发，等待时间随之越来越长。

我们已与服务商约定更高的发送速率，并为大批量发送设置预约时段。`, "capacity")
}

// TestRCA16RaisesError checks that code that "raises an error" a release
// brought is a defect, not a faulty rollout.
func TestRCA16RaisesError(t *testing.T) {
	rca16First(t, `Payouts delayed — Gorsedale Marketplace

Resolved - All payouts for 14 June have been sent.

Identified - Payouts stop for sellers without a bank country on file. The new payout scheduler, released on 13 June, reads each seller's bank country to pick the transfer route; sellers who joined through the mobile app never had one stored, and for them the scheduler raises an error that stops the whole payout run, not only that seller's payout.

Investigating - Some sellers have not received their payout.`, "software-bug")
}

// TestRCA16DuctBored checks that a duct bored through and fibres spliced
// tell a cut line.
func TestRCA16DuctBored(t *testing.T) {
	rca16First(t, `To our customers in Aberdeen,

On Monday from 14:20 to 21:05 GMT, our Aberdeen site lost its links to the rest of our network, and services hosted there could not be reached.

A drilling crew laying a gas pipe under the ring road drove through a duct that held both of the site's links. The carrier's engineers spliced the cables through the evening, and service came back at 21:05.

We are adding a link along a different road.

Skerry Hosting`, "network")
}

// TestRCA16AttackPurpose checks that an attack named only as what a
// change was meant to stop is no security incident.
func TestRCA16AttackPurpose(t *testing.T) {
	pats := rca16Patterns(t, `What happened
On 2 April from 09:00 to 10:20 UTC, customers of Halloran Storage whose offices share one outbound address could not upload files.

What went wrong and why
At 08:55 we applied a setting to the upload service that limits uploads per source address instead of per account, meant to slow down credential-stuffing attacks. Offices where many people share one address were then held to the limit of a single account.

How are we making incidents like this less likely
The limit is per account again, with a separate ceiling per address.`)
	if len(pats) > 0 && pats[0] == "security" {
		t.Errorf("patterns %v, want no security first", pats)
	}
	if !slices.Contains(pats, "config-change") {
		t.Errorf("patterns %v, want config-change among them", pats)
	}
}

// TestRCA16SessionCredential checks that a login credential's expiry
// (登录凭证过期) is no certificate.
func TestRCA16SessionCredential(t *testing.T) {
	pats := rca16Patterns(t, `根本原因
3 月 2 日发布的安卓客户端 8.1.0 改写了请求重试逻辑。登录凭证过期后，同时发出的多个请求会各自刷新凭证，服务端每次刷新都签发新凭证并作废旧凭证，客户端最终保存的凭证往往已被作废，用户随即被退出登录。`)
	if slices.Contains(pats, "certificate") {
		t.Errorf("patterns %v, want no certificate", pats)
	}
}

// TestRCA16PacketsChanged checks that packets "changed" on the way by a
// failing part are no configuration change.
func TestRCA16PacketsChanged(t *testing.T) {
	pats := rca16Patterns(t, `The checksums did not catch it, because the packets were changed after the checksums were computed.`)
	if slices.Contains(pats, "config-change") {
		t.Errorf("patterns %v, want no config-change", pats)
	}
}

// TestRCA16ZhReplacedWith checks that a value replaced by another
// (由…替换为…) is a configuration change.
func TestRCA16ZhReplacedWith(t *testing.T) {
	pats := rca16Patterns(t, `原因说明：当天上午，节点拉取镜像使用的仓库地址由内网地址替换为公网域名，拉取需经 NAT 网关访问公网，单个镜像的下载时间从数秒变为数分钟。`)
	if !slices.Contains(pats, "config-change") {
		t.Errorf("patterns %v, want config-change among them", pats)
	}
}
