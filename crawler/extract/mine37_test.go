package extract

import (
	"strings"
	"testing"
)

// TestHeadinglessSectionsAfterCause: a write-up in plain paragraphs (no
// headings; its title in front matter) keeps reading its paragraphs after
// the one that names the root cause: a paragraph counting who was hit
// ("the maximum potential impact involved 412 customers") is the impact,
// one telling what the team did on detecting the trouble ("Upon detecting
// the activity, Larchfield Security revoked …") is the remediation, and
// "Contributing factors included …" is the cause even without an article.
func TestHeadinglessSectionsAfterCause(t *testing.T) {
	doc := "---\ntitle: Larchfield support contractor account misuse\ncompany: Larchfield\n---\n\n" +
		"On May 4, 2025, an intruder used a stolen password to sign in to the help-desk console of a contractor that answers Larchfield's phone support. The access went on until May 7, 2025.\n\n" +
		"Upon detecting the unusual sign-ins, Larchfield Security revoked the contractor's sessions, reset the account's password and disabled console access for the whole contractor team on May 7, 2025. Larchfield also shared the intruder's addresses with the contractor, who then hired a forensic firm to investigate the breach.\n\n" +
		"The root cause was a shared console password that the contractor kept in a spreadsheet on a file share without access control.\n\n" +
		"Our review determined that the maximum potential impact involved 412 customers, about 1.8% of our customer base, whose tickets were opened by the contractor's agents during the three-day compromise window. The intruder's actions were constrained by the limited rights of the agent role, preventing actions like deleting users or exporting the customer database.\n\n" +
		"Contributing factors included console accounts shared by several agents, no second factor on the contractor's sign-in, and alerts on foreign sign-ins that went to an unread mailbox.\n"
	in := extractString(t, "larchfield.md", doc)
	if !strings.Contains(in.Impact, "412 customers") {
		t.Errorf("impact %q, want the paragraph counting customers", in.Impact)
	}
	if !strings.Contains(in.Remediation, "revoked the contractor's sessions") {
		t.Errorf("remediation %q, want what Security did on detecting it", in.Remediation)
	}
	if !strings.Contains(in.Cause, "shared console password") || !strings.Contains(in.Cause, "Contributing factors included") {
		t.Errorf("cause %q, want the root cause and the contributing factors", in.Cause)
	}
	if strings.Contains(in.Cause, "412 customers") || strings.Contains(in.Impact, "revoked") {
		t.Errorf("sections mixed: impact %q cause %q", in.Impact, in.Cause)
	}

	// counted impact in its usual forms; a sentence about who was spared
	// or a count of something else is none
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Approximately 1,200 customers were affected.", true},
		{"About 2% of users were impacted during the window.", true},
		{"At its peak, approximately 0.4% of API requests to Tallow were affected.", true},
		{"The impact was limited to 40 tenants in the eu-west region.", true},
		{"Customers in other regions were not affected.", false},
		{"We added 3 new servers to the pool.", false},
	} {
		if got := strongImpact(c.sent); got != c.want {
			t.Errorf("strongImpact(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// TestTaskLengthIsNoOutageLength: how long a task takes ("a 6 GB index
// taking over an hour to replicate") is not how long the outage lasted;
// the time it took to bring the service back is.
func TestTaskLengthIsNoOutageLength(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Replication grew slow as the catalogue grew, with a 6 GB index taking over an hour to replicate to 14 servers. A switch change then made the whole shop unreachable for several minutes.", 0},
		{"A full build was taking about 40 minutes to compile on the old runners.", 0},
		{"The database failed over at 09:12 and it took over an hour to restore service to all regions.", 60},
		{"The outage lasted about 45 minutes to the dismay of our users.", 45},
	} {
		if got := statedDuration(c.text, "en"); got != c.want {
			t.Errorf("statedDuration(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// TestStepInTimelineListKeepsItsPlace: under a timeline heading, a step in
// the middle of the list keeps to the timeline even when its words weigh
// as a cause ("升级过程中涉及配置文件…") or a fix; the cause is the section
// that tells it under its own heading. A planned follow-up item in a run
// of dated ones still goes where its words say.
func TestStepInTimelineListKeepsItsPlace(t *testing.T) {
	doc := "# 栖霞镜像站系统升级失误\n\n" +
		"## 事件经过\n\n" +
		"- 3 月 2 日晚，维护者提出把镜像站系统从旧版本升级到新版本；\n" +
		"- 与前任维护者沟通，确认没有需要保留的进程和隐藏服务，于 3 月 3 日开始升级；\n" +
		"- 执行 apt update 以及 full-upgrade；升级过程中涉及到服务的自动重启，配置文件由于本地版本和新版本差异较大，保留了本地版本；\n" +
		"- 加入安全更新源，二次升级；\n" +
		"- 修改 sudoers 文件，试图恢复升级之前的内容；\n\n" +
		"## 事故发生\n\n" +
		"由于没有使用 visudo 而是用普通编辑器修改 /etc/sudoers.d/ 下的文件，保存时 sudoers 出现了语法错误，造成 sudo 无法使用，而没有人记得 root 密码，只能等待进入机房维修。\n\n" +
		"## 事故处理\n\n" +
		"3 月 8 日，进入机房，重启进入恢复模式，删除有问题的文件之后 sudo 恢复正常。\n"
	in := extractString(t, "mirror.md", doc)
	if strings.Contains(in.Cause, "full-upgrade") {
		t.Errorf("cause holds a step of the timeline: %q", in.Cause)
	}
	if !strings.HasPrefix(in.Cause, "由于没有使用 visudo") {
		t.Errorf("cause %q, want the account under 事故发生", in.Cause)
	}
	if strings.Contains(in.Remediation, "与前任维护者沟通") {
		t.Errorf("remediation holds a step of the timeline: %q", in.Remediation)
	}
}

// TestCauseWithheldIsNoCause: a news story whose only "cause" sentences
// say the company would not tell what caused it, or why the fix was
// slow, names no cause, in both languages; nor does a sentence on what
// the product lets users delete.
func TestCauseWithheldIsNoCause(t *testing.T) {
	en := "# Fernway photo editor has been down for days\n\n" +
		"Fernway users want to know what happened to the photo editor, which has been unavailable for several days. The Edit button on shared photos no longer appears.\n\n" +
		"Last night Fernway's help account replied to a user: \"We are aware of the issue and are investigating,\" but declined to say what caused the problem or when it would be fixed.\n\n" +
		"The delay in resolving the issue may be due to the holiday, as many staff are away this week.\n"
	zh := "# 蕨途照片编辑器已经关闭好几天了\n\n" +
		"蕨途用户想知道照片编辑器发生了什么，它已经关闭了几天。用户以前可以在分享的照片上点击“编辑”按钮。\n\n" +
		"这个按钮曾经出现在“分享”选项旁边。此外，用户可以通过菜单上的按钮旋转、缩放和删除照片。\n\n" +
		"昨天晚上，蕨途的“帮助”账户回应了一位用户的帖子，称：“我们知道这个问题，目前正在调查”，但拒绝提供更多细节，说明是什么导致了这个问题，或者他们什么时候会解决。\n\n" +
		"解决这个问题的延迟可能是由于假期，因为很多员工本周都在休假。\n"
	for name, doc := range map[string]string{"fernway.md": en, "fernway-zh.md": zh} {
		if in := extractString(t, name, doc); in.Cause != "" {
			t.Errorf("%s: cause %q, want none (the cause was not told)", name, in.Cause)
		}
	}
	// a cause that is told after a delay sentence still counts
	told := "The delay in resolving the issue was due to the holiday. The root cause was an expired signing key."
	if in := extractString(t, "told.md", "# Fernway editor outage\n\n"+told+"\n"); !strings.Contains(in.Cause, "expired signing key") {
		t.Errorf("cause %q, want the expired key", in.Cause)
	}
}
