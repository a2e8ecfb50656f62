package extract

import "testing"

// TestWindowFormsNine holds the window of seven pages (our own writing)
// in forms read from durations set 6's odd lines: a Singapore story whose
// dateline names its city and whose outage ran "from about 10pm on
// Saturday until around 6am on Monday" beside a maintenance window "meant
// to run from 1am to 4am on Sunday"; a Chinese 复盘 whose timeline table
// opens with a calm row ("各项指标正常") before the row that says 故障开始;
// a blog postmortem whose timeline says "Impact begins:" and "Customer
// impact over." before the incident was closed; a timeline of offsets
// from T ("T = 21:14 EST"); a review whose regions recovered at different
// times, listed in one sentence, above "Other recent incidents"; a
// Chinese notice whose related notices list a maintenance window; a game's
// notice whose routine maintenance ended as planned before the fault, with
// its compensation terms dated.
func TestWindowFormsNine(t *testing.T) {
	for _, c := range []struct {
		name, body, start, end string
		minutes                int
	}{
		{"dateline city, weekend range", `18/8/26, 8:02 PM          Weekend outage at Tembusu Bank leaves customers without app | The Lion City Post
https://www.lioncitypost.example/business/tembusu-bank-outage

THE LION CITY POST                                                        Page 1 of 2

BUSINESS | BANKING

Weekend outage at Tembusu Bank
leaves customers without app

By Rachel Ong, Banking Correspondent
Updated Aug 18, 2026, 07:15 PM

SINGAPORE – Customers of Tembusu Bank were
unable to use its mobile app or make instant
transfers for much of the weekend, one of the
longest disruptions to hit a local bank this year.

The outage lasted from about 11pm on Saturday
until around 4am on Monday, the bank said in a
statement on Tuesday (Aug 18). Cards and ATMs
worked for most of the period, but customers
could not log in to the app or send money.

Tembusu said the disruption was caused by a failed
upgrade of its payments database, carried out
during a planned maintenance window that was
meant to run from 2am to 5am on Sunday. The
work was brought forward after a disk fault was
found late on Saturday.

The bank previously suffered a three-hour
disruption in March 2025, when a network fault
took its app offline.

"We fell short of what our customers expect," said
chief executive Lim Boon Keng. The bank will waive
fees on transactions that failed during the outage.

RELATED
• How to protect yourself when bank apps go down

Copyright © 2026 Lion City Post. All rights reserved.
`, "2026-08-15T23:00:00+08:00", "2026-08-17T04:00:00+08:00", 1740},
		{"zh: calm row before the start", `云杉优选技术团队 · 技术博客

【故障复盘】双11夜购物车服务故障复盘

作者：稳定性保障组　　发布于 2025-11-16

2025年11月11日（周二）晚上8点左右，正值大促开场，云杉优选App出现加购失败、购物车为空等问题，直到次日凌晨1点05分才全部恢复，影响时长约5小时5分钟。

一、时间线（北京时间）

| 时间 | 事件 |
|---|---|
| 11月11日 19:20 | 大促预热流量开始上升，各项指标正常 |
| 20:00左右 | 大促开场，加购失败率快速上升，故障开始 |
| 20:07 | 告警触发，值班同学拉起应急群 |
| 20:31 | 定位到购物车缓存集群内存打满 |
| 22:15 | 扩容缓存集群，加购成功率部分恢复 |
| 11月12日 01:05 | 购物车数据全部恢复，业务恢复正常 |
| 10:00 | 召开复盘会议 |

二、原因分析
购物车缓存的淘汰策略在大促前被误改为不淘汰，内存打满后写入全部失败。

三、改进措施
1. 缓存配置变更必须经过评审；
2. 大促前增加缓存容量压测。
`, "2025-11-11T20:00:00+08:00", "2025-11-12T01:05:00+08:00", 305},
		{"impact begins, impact over, closed later", `Pellworth Engineering

Postmortem: card payments failing on May 6

May 11, 2026 · by Ines Varga · 6 min read

On Wednesday, May 6, a release of our payments API caused many card payments to fail. Customer impact lasted 1 hour 12 minutes.

Timeline (all times UTC, May 6, 2026)

- 09:02 UTC - Release v7.3 begins rolling out to the canary.
- 09:20 UTC - Canary promoted; wave 1 starts.
- 09:41 UTC - v7.3 reaches all hosts. Impact begins: card payments with saved tokens start failing.
- 09:55 UTC - First alert fires. On-call engineer acknowledges.
- 10:18 UTC - Rollback starts.
- 10:53 UTC - Error rate back to baseline. Customer impact over.
- 12:10 UTC - Incident closed after root cause confirmed.

What went wrong

v7.3 changed how saved card tokens were decrypted, and the canary saw too few of them to notice.
`, "2026-05-06T09:41:00Z", "2026-05-06T10:53:00Z", 72},
		{"offsets from T", `The Quillfeather Engineering Journal

Incident write-up: exports failing (February 3)

Posted February 9, 2026 by Dana Okoro

Last Tuesday evening, report exports failed for most customers for about an hour and a half.

Timeline — Tuesday, 2026-02-03 (T = 19:40 EST, first alert)

T+0       Alert: export job failures jump across all queues. Customer impact starts here.
T+6m      On-call engineer acknowledges.
T+15m     Incident declared.
T+42m     Traced to a storage client upgrade deployed at 19:31 EST.
T+58m     Rollback finished.
T+1h29m   Exports succeeding for all customers. Customer impact ends.
T+2h05m   Incident channel closed.

Total customer impact: 1 hour 29 minutes.

A note on the timing: the upgrade went out after our usual release cutoff of 5 PM. We have since removed the exception.
`, "2026-02-03T19:40:00-05:00", "2026-02-03T21:09:00-05:00", 89},
		{"regions recover at different times", `Larchfield Cloud Status — History

Post Incident Review (PIR) — Block Storage — Volume attach failures across Asia

Published 20 Sep 2026

Summary of impact
Beginning at 06:12 UTC on 17 Sep 2026, customers using Larchfield Block Storage in Tokyo (tyo1), Seoul (sel1) and Singapore (sin1) could not attach new volumes. Regions recovered at different times as the fix was deployed: Tokyo recovered at 07:05 UTC, Seoul at 07:40 UTC and Singapore at 08:26 UTC, after which attaches succeeded in all regions.

Root cause
A routine update of the attach service's configuration referenced a key that had not yet been replicated to the three regions.

Other recent incidents
- 09 Sep 2026 — Object Storage — Slow listings in Tokyo (impact 02:05–02:40 UTC)
- 28 Aug 2026 — Load Balancer — Health probe failures in Seoul
`, "2026-09-17T06:12:00Z", "2026-09-17T08:26:00Z", 134},
		{"zh: related notice's maintenance window", `赤松云 | 产品 | 解决方案 | 定价 | 文档中心 | 控制台 | 登录

首页 > 公告中心 > 故障公告

关于2026年4月14日华南二区对象存储服务异常的故障公告

发布时间：2026-04-16　　来源：赤松云运维中心　　阅读：3,206

尊敬的赤松云用户：

2026年4月14日（周一）09:40至11:25（北京时间），赤松云华南二区（广州）对象存储服务出现异常，部分用户上传、下载文件失败或响应缓慢，依赖对象存储的静态网站托管、图片处理和日志投递服务同时受到影响。其他地域的对象存储服务以及云服务器、云数据库等产品未受影响。现将本次故障情况说明如下：

一、故障影响
故障期间，华南二区对象存储约18%的请求返回503错误，平均响应时间由正常的40毫秒上升至2秒以上。部分用户的图片处理任务失败，日志投递延迟最长约2小时。已存储的数据完整，未发生数据丢失。

二、故障原因
当日下午，华南二区对象存储元数据集群中的一组节点因磁盘固件缺陷相继离线，剩余节点负载骤增，导致请求排队、超时。自动故障转移机制在节点批量离线的情况下未能及时生效。

三、处理过程
故障发生后，值班工程师立即启动应急预案，隔离故障节点，将元数据分片迁移至备用节点，并对存在同类固件的磁盘进行批量下线更换。11:25服务全面恢复正常，积压的图片处理和日志投递任务随后陆续补齐。

四、改进措施
1. 对全部地域存在同批次固件的磁盘进行排查更换；
2. 优化元数据集群在多节点同时离线时的故障转移策略；
3. 完善对象存储错误率告警，缩短故障发现和响应时间；
4. 在控制台增加服务健康看板，便于用户及时了解服务状态。

五、赔偿说明
受影响用户可于2026年5月15日前通过工单申请服务赔偿，赔偿标准参照《赤松云对象存储服务等级协议（SLA）》执行。

本次故障给您带来的不便，我们深表歉意。如有疑问，请拨打7×24小时服务热线400-000-1234或提交工单。

赤松云计算有限公司
2026年4月15日

相关公告：
· 关于华东三区云服务器计划内维护的公告（2026年4月22日 01:00-04:00）
· 赤松云对象存储服务等级协议（SLA）更新说明

关于我们 | 联系我们 | 法律声明 | 隐私政策 | 粤ICP备2026000000号 | © 2026 赤松云`, "2026-04-14T09:40:00+08:00", "2026-04-14T11:25:00+08:00", 105},
		{"zh: maintenance ended as planned, compensation dated", `《云岚》官方网站

关于3月9日凌晨服务器异常的说明及补偿公告

2026-03-09　　《云岚》运营团队

亲爱的旅行者们：

按照此前公告，我们于2026年3月9日（周一）凌晨0:00至1:00进行了例行维护，本次维护按计划于1:00前顺利完成，全部服务器正常开放。

维护结束后，凌晨1点20分（UTC+8）起，由于新版本中的跨服竞技功能存在缺陷，大量玩家同时进入竞技场时，登录服务器负载异常升高，导致部分旅行者出现登录失败、掉线等问题。技术团队第一时间关闭了竞技场入口并对登录服务器进行了扩容，故障历时40分钟，全部服务器已于凌晨恢复正常。

【补偿发放】
发放时间：2026年3月10日维护后
发放对象：2026年3月9日4:00前创建角色的全部旅行者
`, "2026-03-09T01:20:00+08:00", "2026-03-09T02:00:00+08:00", 40},
	} {
		t.Run(c.name, func(t *testing.T) {
			in, err := extractOnce([]byte(c.body), "page.txt", "")
			if err != nil {
				t.Fatal(err)
			}
			holdWindow(t, in, c.start, c.end, c.minutes)
		})
	}
}
