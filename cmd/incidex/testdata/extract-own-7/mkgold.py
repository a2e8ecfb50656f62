#!/usr/bin/env python3
"""Write the gold of extract-own-7 (as written by reading, before any extraction) and check that
every contains/excludes phrase occurs in its source (normalised as score_extract.py does).

usage (from the worktree root): python3 cmd/incidex/testdata/extract-own-7/mkgold.py ../shared
Prints MISSING for a phrase that is not in its document, and 'bad N' at the end.
"""
import json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"


def norm(s):
    s = (s or "").lower()
    s = s.translate(str.maketrans("，：；（）！？｜", ",:;()!?|"))
    return re.sub(r"\s+", "", s)


def G(n, name, doc, lang, org, st, en, dur, tl, cause, rem, imp, tc, tx, req, allowed, lessons=None):
    g = {"doc": doc, "lang": lang, "org": org, "started_at": st, "ended_at": en, "duration_minutes": dur,
         "timeline": [{"at": a, "contains": c} for a, c in tl]}
    for key, sec in (("cause", cause), ("remediation", rem), ("impact", imp), ("lessons", lessons)):
        if sec:
            g[key] = {"contains": sec[0], "excludes": sec[1]}
    g.update({"text_contains": tc, "text_excludes": tx, "patterns": {"required": req, "allowed": allowed}})
    return "%02d-%s.json" % (n, name), g


FM = ["source_published_at", "archive_url"]
golds = [
G(1, "tns-netflix-new-years-eve", "opendoccn-thenewstack-zh/6-lessons-learned-from-netflixs-new-years-eve-outage.md",
  "zh", ["Netflix", "网飞"], None, None, None, [],
  (["用户注册流要求每年创建一次数据库表", "在午夜之前没有人创建过这个表"], ["相信你的直觉"]),
  None, None,
  ["经过三个小时的故障排除"],
  ["Created with Sketch", "xmlns:xlink", "亚当是 B2B DevOps 的精品公关机构"],
  ["time"], ["database", "human-error", "automation", "communication", "software-bug"],
  lessons=(["可预测和可重复的任务应该自动化", "相信你的直觉"], ["在午夜之前没有人创建过这个表"])),
G(2, "newsweek-mcdonalds-it-outage", "opendoccn-hackernews-2024-zh/McDonald-s-Closes-Amid-Global-IT-Outage-Newsweek.md",
  "zh", ["McDonald", "麦当劳"], "2024-03-15", None, None,
  [("2024-03-15T15:10", "开始下线"), ("2024-03-15T05:30", "开始报告订单问题"),
   ("2024-03-15T06:50", "影响英国和爱尔兰的问题现已解决")],
  None, None,
  (["导致顾客无法支付食物"], []),
  ["驱动通道和所有自助点餐机都不工作"],
  ["category: 未分类", "致力于挑战常规智慧"],
  [], ["software-bug", "dependency", "deployment", "network", "hardware", "config-change"]),
G(3, "icco-sentry-xid-wraparound-2015", "icco-postmortems/4be45ad5-5e02-45c6-8e5c-c81709005e47.md",
  "en", ["Sentry"], "2015-07-20", None, None,
  [("2015-07-20", "hosted Sentry was down for most of the US working day"), ("2015-07-20", "the protection tripped anyway")],
  (["hit transaction-ID wraparound protection"], ["provision enough headroom in maintenance memory"]),
  (["keep autovacuum on and aggressively tuned", "treat XID consumption as a first-class observability metric"],
   ["Postgres uses a 32-bit transaction ID"]),
  None,
  ["Redis buffers ballooning"], FM,
  ["database"], ["capacity", "monitoring", "data-loss", "software-bug", "storage", "automation"]),
G(4, "icco-cloudflare-service-tokens-2023", "icco-postmortems/e81a4a73-8808-42da-9841-9bd4fcc8b9be.md",
  "en", ["Cloudflare"], "2023-01-24T16:55", "2023-01-24T19:51", [121, 176],
  [("2023-01-24T16:55", "initiated a code release"), ("2023-01-24T17:05", "the release was rolled back"),
   ("2023-01-24T18:12", "The incident was declared")],
  (["inadvertently overwrote the 'client_secret' value", "insufficient database check that allowed empty strings"],
   ["implement new unit tests"]),
  (["implement new unit tests to catch similar overwrites"], ["inadvertently overwrote the 'client_secret' value"]),
  (["inability to enroll new devices"], ["implement new unit tests"]),
  ["Cloudflare WARP, Cloudflare API, Cache Purge"], ["source_published_at", "source_fetched_at"],
  ["deployment"], ["software-bug", "database", "data-loss", "backup-restore", "security", "cascading-failure",
                   "dependency", "config-change", "monitoring"]),
G(5, "icco-github-power-2016", "icco-postmortems/5d85d316-f0c4-4c1a-81a2-5f89aaad6148.md",
  "en", ["GitHub"], "2016-01-28T00:23", "2016-01-28T02:29", [124, 128],
  [("2016-01-28T00:23", "experienced an outage lasting two hours and six minutes")],
  (["brief power disruption at GitHub's primary datacenter", "known firmware issue that prevented affected servers"],
   ["updating firmware across their fleet"]),
  (["updating firmware across their fleet", "improving circuit breakers"], ["known firmware issue that prevented affected servers"]),
  (["users encountered HTTP 503 error pages"], ["updating firmware across their fleet"]),
  ["cold-boot servers affected by the firmware issue"], ["source_published_at", "source_fetched_at"],
  ["power-facility", "hardware"], ["dependency", "cascading-failure", "software-bug", "communication", "failover",
                                   "database"]),
G(6, "icco-openai-redis-queues", "icco-postmortems/24049f4d-af54-4622-b0fd-a291117c7bc9.md",
  "en", ["OpenAI"], None, None, None, [],
  (["became corrupted and out of sequence"], []), None, None,
  ["revealing other people's user data"], ["24049f4d-af54"],
  ["software-bug"], ["security", "database", "data-loss", "storage"]),
G(7, "ustclug-2020-01-06-server-down", "ustclug-website/2020-01-06-server-down.md",
  "zh", ["LUG", "USTC", "科大"], "2020-01-06", "2020-01-07", None,
  [("2020-01-06", "处于不稳定状态"), ("2020-01-07", "科大校园网络已经恢复正常"), ("2020-01-07", "以下服务目前仍有问题")],
  (["科大校园网络的未知故障"], []), None, None,
  ["图书馆透明计算系统"], ["author: taoky"],
  ["network"], ["dependency"]),
G(8, "icco-cloudflare-byzantine-2020", "icco-postmortems/1f3d306d-cb11-4acb-8118-2733b8acb635.md",
  "en", ["Cloudflare"], "2020-11-02T14:43", "2020-11-02T21:20", [390, 400],
  [("2020-11-02T14:43", "partial network switch failure"), ("2020-11-02T21:20", "The incident concluded")],
  (["partial network switch failure", "a defect in the cluster management system required a full rebuild"],
   ["redesigning the user session system"]),
  (["adjusted the configuration for automatic database replica promotion", "fixed the bug in the cluster management system"],
   ["a defect in the cluster management system required a full rebuild"]),
  (["success rate for API queries periodically dropped to 75%"], ["fixed the bug in the cluster management system"]),
  ["making the etcd cluster read-only"], ["source_published_at", "source_fetched_at", "archive_url"],
  ["network", "database"], ["cascading-failure", "software-bug", "capacity", "failover", "hardware", "automation"]),
G(9, "icco-salesforce-policy-change-2023", "icco-postmortems/27672984-d1e8-4a31-b08c-75c8c54e6314.md",
  "en", ["Salesforce"], "2023-09-20T14:48", None, None,
  [("2023-09-20T14:48", "service disruption began")],
  (["The disruption was triggered by a policy change", "inadvertently blocked access to resources"], []),
  None,
  (["unable to log in and access their services"], ["The disruption was triggered by a policy change"]),
  ["standard security controls review and update cycle"], ["source_fetched_at"],
  ["config-change"], ["security", "human-error", "automation", "deployment"]),
G(10, "icco-stripe-manual-operation-2015", "icco-postmortems/61a94672-b57c-4aaf-8f8e-9004d5a533d2.md",
  "en", ["Stripe"], None, None, [90, 90], [],
  (["A manual operation was done incorrectly"], []), None, None,
  ["Manual operations are regularly executed on production databases"], ["source_fetched_at"],
  ["human-error"], ["database", "config-change", "automation", "deployment"]),
G(11, "moj-2026-03-30-ingress-nginx", "moj-cloud-platform/2026-03-30-ingress-nginx-rollback.md",
  "en", ["Cloud Platform", "cloud-platform", "Ministry of Justice", "MoJ"], "2026-03-30T08:56", "2026-03-30T14:39", [45, 345],
  [("2026-03-23T07:22", "deploy the release candidate"), ("2026-03-30T07:11", "begin the deployment of the updated ingress-nginx component"),
   ("2026-03-30T08:56", "unexpected blocking of requests by Modsecurity"), ("2026-03-30T09:14", "begin a rollback"),
   ("2026-03-30T09:22", "apply an exclusion to their Modsecurity configuration"),
   ("2026-03-30T09:43", "The rollback of the ingress-nginx component has completed"),
   ("2026-03-30T11:23", "temporary global exclusion"), ("2026-03-30T14:00", "complete the rollout of the Modsecurity enabled"),
   ("2026-03-30T14:39", "has not resulted in a recurrence")],
  (["Two false positive detections were identified", "The second issue was not identified in testing"],
   ["separate clusters for production and non-production workloads"]),
  (["separate clusters for production and non-production workloads"], ["Two false positive detections were identified"]),
  (["unable to authenticate successfully"], ["separate clusters for production and non-production workloads"]),
  ["rescoped so it was not included in future requests"], ["weight: 1", "title: Incident on"],
  ["deployment"], ["config-change", "software-bug", "security", "dependency", "human-error"]),
G(12, "techcrunch-google-docs-outage-2011", "apachecn-techcrunch-2007-2014-zh/google-explains-its-google-docs-outage.md",
  "zh", ["Google", "谷歌"], None, None, [28, 32], [],
  (["由于内存管理错误，查找机器在每次查找后没有正确回收内存", "中断是由一项旨在改善文档列表内实时协作的变化引起的"],
   ["没有一个系统是完美的"]),
  (["限制任何单一问题可能影响的范围"], ["没有正确回收内存"]),
  (["服务器无法正确处理大部分访问文档列表、文档、图纸和脚本的请求"], []),
  ["当它们重新启动时"], [],
  ["software-bug"], ["deployment", "cascading-failure", "capacity", "config-change"]),
G(13, "icco-cloudflare-bot-file-2025", "icco-postmortems/24be1eec-6da2-4825-853c-4b2561bdd422.md",
  "en", ["Cloudflare"], "2025-11-18T11:20", "2025-11-18T17:06", [190, 346],
  [("2025-11-18T11:20", "began experiencing significant failures"), ("2025-11-18T14:30", "The main impact was resolved"),
   ("2025-11-18T11:05", "change in database permissions management")],
  (["change in database permissions management for a ClickHouse cluster", "the software panicked"],
   ["hardening configuration file ingestion"]),
  (["hardening configuration file ingestion", "deployed a known good version"], ["return duplicate rows"]),
  (["Workers KV, Cloudflare Access, and Turnstile were also significantly impacted"], ["hardening configuration file ingestion"]),
  ["preallocated memory limit for this feature file"], ["source_fetched_at"],
  ["config-change", "software-bug"], ["database", "cascading-failure", "deployment", "automation", "capacity"]),
G(14, "icco-bbc-online-2014", "icco-postmortems/f98d88c2-febd-4e0d-a4c0-06547bfc3e65.md",
  "en", ["BBC"], "2014-07-19T09:30", "2014-07-21", [2700, 2900],
  [("2014-07-19T09:30", "experienced a serious incident")],
  (["saw its database load spike", "a caching layer pool failed"], ["Remediation efforts began with prioritizing"]),
  (["prioritizing the restoration of the caching layer"], ["saw its database load spike"]),
  (["reduced availability for users to watch or listen to programs"], ["prioritizing the restoration of the caching layer"]),
  ["58 application servers and 10 database servers"], ["source_published_at", "source_fetched_at"],
  ["capacity"], ["database", "cascading-failure", "software-bug", "dependency", "hardware", "storage"]),
G(15, "dfds-pm2021-001-logs-not-shipped", "dfds-postmortems/PM2021-001-Logs-from-Kubernetes-not-shipped-to-CWL.md",
  "en", ["DFDS"], "2021-01-05T11:25", "2021-01-06", [1430, 1685],
  [("2021-01-05T11:25", "A new CSI driver was deployed"), ("2021-01-06T11:00", "Developer notified us"),
   ("2021-01-06T11:20", "Manual fix applied"), ("2021-01-06T15:26", "Long-term fix applied")],
  (["accidentally overwriting existing annotations", "no alerts setup for abnormal behaviour"],
   ["Setup alerts for when logs are not shipped"]),
  (["Setup alerts for when logs are not shipped"], ["accidentally overwriting existing annotations"]),
  None,
  ["Time to detection: 1415 minutes"], [],
  ["config-change"], ["monitoring", "deployment", "automation", "human-error"],
  lessons=(["We need to be better at deploying unrelated workloads into separate namespaces"],
           ["Setup alerts for when logs are not shipped"])),
G(16, "icco-pagerduty-sms-provider", "icco-postmortems/ab8222cd-d25f-4ad7-8ab4-c06412d4aac6.md",
  "en", ["PagerDuty"], None, None, None, [],
  (["due to AWS having issues in a region"], []), None, None,
  ["A third party service for sending SMS"], ["source_fetched_at"],
  ["dependency"], ["network", "capacity", "hardware", "power-facility"]),
]

bad = 0
for name, g in golds:
    src = norm(open(os.path.join(shared, "corpus/docs", g["doc"]), encoding="utf-8").read())
    phrases = [e["contains"] for e in g["timeline"]] + g["text_contains"] + g["text_excludes"]
    for sec in ("cause", "remediation", "impact", "lessons"):
        if sec in g:
            phrases += g[sec]["contains"] + g[sec]["excludes"]
    for p in phrases:
        if norm(p) not in src:
            print("MISSING", name, p)
            bad += 1
    with open(os.path.join(D, name), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("bad", bad)
