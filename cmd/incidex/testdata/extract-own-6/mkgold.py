import json, os, re, html, sys
D = os.path.dirname(os.path.abspath(__file__))
def norm(s):
    s = (s or "").lower()
    s = s.translate(str.maketrans("，：；（）！？｜", ",:;()!?|"))
    return re.sub(r"\s+", "", s)
def G(doc, lang, org, st, en, dur, tl, cause, rem, imp, tc, tx, req, allowed, lessons=None):
    g = {"doc": doc, "lang": lang, "org": org, "started_at": st, "ended_at": en, "duration_minutes": dur,
         "timeline": [{"at": a, "contains": c} for a, c in tl],
         "cause": {"contains": cause[0], "excludes": cause[1]},
         "remediation": {"contains": rem[0], "excludes": rem[1]},
         "impact": {"contains": imp[0], "excludes": imp[1]}}
    if lessons:
        g["lessons"] = {"contains": lessons[0], "excludes": lessons[1]}
    g.update({"text_contains": tc, "text_excludes": tx, "patterns": {"required": req, "allowed": allowed}})
    return g
golds = [
G("01-halloran-pir-north-europe.txt", "en", ["Halloran"], "2026-03-14T08:52", "2026-03-14T13:27", [270, 280],
  [("2026-03-14T08:45", "routing policy change was applied"), ("2026-03-14T08:52", "Customer impact began"),
   ("2026-03-14T09:31", "Automated monitoring alerted"), ("2026-03-14T10:20", "first attempt to roll back"),
   ("2026-03-14T12:55", "restored on all route reflectors"), ("2026-03-14T13:27", "connectivity had fully recovered")],
  (["ordering mistake", "model had not been refreshed after a topology change"], ["content hash rather than its name"]),
  (["content hash rather than its name", "evaluated per availability zone"], ["ordering mistake"]),
  (["31% of connection attempts"], ["ordering mistake", "content hash rather than its name"]),
  ["backup aggregation layer, which had not been sized"],
  ["Skip to main content", "Start free", "All rights reserved", "Was this page helpful", "Key Vault - Delayed secret rotation"],
  ["network", "config-change"], ["capacity", "monitoring", "automation", "human-error", "deployment", "cascading-failure"]),
G("02-yunqiao-gongzhonghao-fupan.txt", "zh", ["云桥"], "2026-10-15T20:07", "2026-10-15T21:41", [90, 98],
  [("2026-10-15T19:40", "营销系统上线了"), ("2026-10-15T20:07", "成功率从 99.98% 开始下跌"),
   ("2026-10-15T20:09", "哨兵判定主节点下线"), ("2026-10-15T20:52", "下线优惠券活动"), ("2026-10-15T21:41", "故障结束")],
  (["大 key 体积超过 2GB", "重连不做退避"], ["指数退避和随机抖动"]),
  (["指数退避和随机抖动", "物理隔离"], ["大 key 体积超过 2GB"]),
  (["41% 的支付下单请求失败"], ["指数退避和随机抖动"]),
  ["已扣款未出单的订单共 317 笔"],
  ["点击上方蓝字关注我们", "往期推荐", "喜欢此内容的人还喜欢", "阅读原文", "亿级订单表在线迁移实践", "听全文"],
  ["retry-storm", "capacity"], ["failover", "cascading-failure", "deployment", "database", "software-bug", "config-change", "monitoring"],
  lessons=(["没人觉得会出事"], ["指数退避和随机抖动"])),
G("03-songyan-qingkuang-shuoming.txt", "zh", ["松岩"], "2026-06-03T14:20", "2026-06-03T17:05", [160, 170],
  [("2026-06-03T14:20", "一路市电出现电压波动"), ("2026-06-03T14:35", "启动应急预案"), ("2026-06-03T15:50", "登录功能随之恢复"),
   ("2026-06-03T16:10", "受影响机柜恢复供电"), ("2026-06-03T17:05", "全部恢复正常")],
  (["电池组老化", "在市电波动时无法承担负载"], ["更换了三组老化电池", "双机房同时在线"]),
  (["改为自动切换", "双机房同时在线"], ["内阻升高"]),
  (["无法登录、上传和下载文件"], ["内阻升高", "双机房同时在线"]),
  ["未发生丢失或损坏"], [],
  ["power-facility"], ["hardware", "failover", "storage", "database"]),
G("04-pennywort-statuspage-webhooks.html", "en", ["Pennywort"], "2026-10-02T14:05", "2026-10-02", [173, 280],
  [("2026-10-02T14:52", "investigating reports of webhook deliveries failing"), ("2026-10-02T15:37", "expired certificate bundle"),
   ("2026-10-02T16:58", "renewed certificate bundle has been deployed"), ("2026-10-02T18:44", "This incident has been resolved")],
  (["expired at 14:05 UTC", "had been failing silently since August"], ["alert that fires 21 days before"]),
  (["alert that fires 21 days before", "TLS handshake errors to the webhook failure rate"], ["failing silently since August"]),
  (["webhook deliveries from Pennywort to customer endpoints failed"], ["alert that fires 21 days before"]),
  ["counted as retries rather than failures"],
  ["Subscribe to Updates", "Powered by Atlassian Statuspage", "Get text message notifications", "Atom Feed"],
  ["certificate"], ["monitoring", "automation", "config-change"]),
G("05-ledgerwire-fenwick-rail-news.txt", "en", ["Fenwick"], "2026-11-06T06:40", "2026-11-06T15:15", [500, 545],
  [("2026-11-06T06:40", "main ticketing database suffered a hardware fault"), ("2026-11-06T07:05", "took the app and the website offline"),
   ("2026-11-06T14:00", "Services were restored gradually")],
  (["several hours out of date", "automated failover did not check that before switching"], ["test a full switch-over every month"]),
  (["test a full switch-over every month", "added monitoring of replication"], ["suffered a hardware fault"]),
  (["unable to buy tickets or display the ones they had already bought"], ["test a full switch-over every month"]),
  ["If you have a standby that nobody looks at"],
  ["Share on Facebook", "Most viewed", "Storm warnings issued for the west coast", "All rights reserved",
   "Regulator asks rail operators to explain app outages", "Advertisement"],
  ["failover", "database"], ["hardware", "monitoring", "backup-restore", "communication"]),
G("06-xingma-status-git.html", "zh", ["星码"], "2026-09-08T09:14", "2026-09-08T11:20", [126, 138],
  [("2026-09-08T09:26", "正在调查 Git 操作"), ("2026-09-08T09:41", "复制延迟升高有关"), ("2026-09-08T10:18", "从延迟较高的只读副本切回"),
   ("2026-09-08T11:05", "加载时间已恢复正常"), ("2026-09-08T11:32", "本次事件已解决")],
  (["持有锁的时间过长", "读到过期数据后不断重试"], ["加入复制延迟感知"]),
  (["加入复制延迟感知", "等待大事务完成"], ["持有锁的时间过长"]),
  (["约 18% 的 Git 推送和拉取请求超时或返回错误"], ["加入复制延迟感知"]),
  ["计划内的主节点切换"],
  ["订阅事件通知", "隐私政策", "订阅更新", "查看历史事件"],
  ["database"], ["retry-storm", "config-change", "deployment", "capacity", "cascading-failure", "software-bug", "failover"]),
G("07-shiguang-fupan-table.md", "zh", ["拾光"], "2026-04-22T09:03", "2026-04-22T10:17", [72, 76],
  [("2026-04-21T22:30", "binlog 清理任务迁移到新的调度系统"), ("2026-04-22T02:00", "应执行而未执行"), ("2026-04-22T08:41", "已停用的旧告警群"),
   ("2026-04-22T09:03", "订单写入开始失败"), ("2026-04-22T09:24", "定位到 order-db-01"), ("2026-04-22T09:35", "手工清理过期 binlog"),
   ("2026-04-22T10:02", "分批重启订单服务"), ("2026-04-22T10:17", "故障结束")],
  (["漏掉了任务的执行账号配置", "告警规则未同步更新"], ["坏连接检测"]),
  (["非零退出码一律按失败处理", "坏连接检测"], ["漏掉了任务的执行账号配置"]),
  (["约 2.6 万笔下单请求失败"], ["坏连接检测"]),
  ["退出码未被识别为失败"], ["[TOC]"],
  ["storage", "automation"], ["monitoring", "database", "deployment", "config-change", "human-error"],
  lessons=(["要定期演练告警通路"], ["坏连接检测"])),
G("08-gullwing-postmortem-kafka.md", "en", ["Gullwing"], "2026-08-11T09:20", "2026-08-11T15:34", [355, 390],
  [("2026-08-11T09:12", "v4.18 deployed to production"), ("2026-08-11T09:50", "First support tickets"), ("2026-08-11T10:05", "Consumer lag alert fires"),
   ("2026-08-11T12:02", "configuration rolled back"), ("2026-08-11T15:34", "Backlog cleared")],
  (["considered those consumers dead and removed them from the group", "staging topics carry a fraction of production traffic"], ["Alert on consumer group rebalance rate"]),
  (["scaled the indexing consumers from 24 to 48 instances", "Load test consumer config changes against replayed production traffic"], ["considered those consumers dead"]),
  (["support received 1,260 tickets"], ["Load test consumer config changes"]),
  ["changed the failure behaviour of the whole group"], [],
  ["config-change", "deployment"], ["monitoring", "retry-storm", "capacity"],
  lessons=(["tuned for throughput, not freshness"], ["considered those consumers dead"])),
G("09-shuzhi-news-zhengwuyun.txt", "zh", ["澄江"], "2026-02-16T08:12", "2026-02-16T16:30", [470, 500],
  [("2026-02-16T08:12", "挖断了通往政务云数据中心的两条主干光缆"), ("2026-02-16T11:40", "临时跳接恢复了一条线路"),
   ("2026-02-16T16:30", "全部业务恢复正常")],
  (["在同一管道内敷设", "挖断了通往政务云数据中心的两条主干光缆"], ["新建一条经不同路由"]),
  (["新建一条经不同路由进入数据中心的光缆", "施工前管线核查机制"], ["在同一管道内敷设"]),
  (["约 3100 件待办业务"], ["新建一条经不同路由"]),
  ["物理路由分离是容灾设计的基本要求"],
  ["首页 > 科技 > 正文", "分享到", "责任编辑", "相关阅读", "免责声明", "一网通办再提速", "扫一扫"],
  ["network"], ["failover", "dependency"]),
G("10-corriedale-rfo-object-storage.html", "en", ["Corriedale"], "2026-05-19T22:40", "2026-05-20T03:05", [262, 268],
  [("2026-05-19T21:30", "Firmware rollout starts"), ("2026-05-19T22:40", "customer impact begins"), ("2026-05-19T22:52", "paged by the error rate alert"),
   ("2026-05-19T23:25", "Firmware rollout paused"), ("2026-05-20T00:40", "Rebuild traffic throttled"), ("2026-05-20T02:10", "rolled back to firmware 3.1.4"),
   ("2026-05-20T03:05", "incident resolved")],
  (["defect in its write cache handling", "never reached that queue depth"], ["sustained write test at production queue depths"]),
  (["sustained write test at production queue depths", "automatically pause when drive resets"], ["defect in its write cache handling"]),
  (["around 22% of object storage requests in LON2 returned 503 errors"], ["sustained write test"]),
  ["fed back into more drive resets"],
  ["We use cookies", "Accept all", "Related articles", "Network maintenance overrun in MAN1", "Open a ticket",
   "registered in England and Wales", "Was this article helpful"],
  ["storage"], ["hardware", "software-bug", "deployment", "cascading-failure", "dependency", "capacity"]),
]
bad = 0
for g in golds:
    raw = open(os.path.join(D, "docs", g["doc"]), encoding="utf-8").read()
    if g["doc"].endswith(".html"):
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    src = norm(raw)
    phrases = [e["contains"] for e in g["timeline"]] + g["text_contains"] + g["text_excludes"]
    for sec in ("cause", "remediation", "impact", "lessons"):
        if sec in g:
            phrases += g[sec]["contains"] + g[sec]["excludes"]
    for p in phrases:
        if norm(p) not in src:
            print("MISSING", g["doc"], p); bad += 1
    with open(os.path.join(D, g["doc"].rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
print("bad", bad)
