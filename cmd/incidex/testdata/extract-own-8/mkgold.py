#!/usr/bin/env python3
"""Write the gold of extract-own-8 (as written by reading, before any extraction) and check that
every contains/excludes phrase occurs in its source (normalised as score_extract.py does).

usage (from the worktree root): python3 cmd/incidex/testdata/extract-own-8/mkgold.py ../shared
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
G(1, "tns-atlassian-outage-keeps-going", "opendoccn-thenewstack-zh/the-atlassian-outage-just-keeps-going-and-going-and.md",
  "zh", ["Atlassian", "亚特兰"], None, None, None,
  [("", "我们进行了一次维护程序"), ("", "在运行维护脚本时"), ("", "的最新状态报告中")],
  (["我们进行了一次维护程序，旨在清理遗留功能中的旧数据"], ["我们已经为超过 35%受服务中断影响的用户重建了功能"]),
  None,
  (["这次停电似乎只影响了一小部分，400 名用户"], ["旨在清理遗留功能中的旧数据"]),
  ["为我的理智祈祷"],
  ["Created with Sketch", "xmlns:xlink"],
  ["automation"], ["human-error", "data-loss", "backup-restore", "config-change", "communication", "deployment"]),
G(2, "icco-discord-redis-failover-2017", "icco-postmortems/a46ebba4-2d7c-49e6-aa71-0ce989fbff97.md",
  "en", ["Discord"], "2017-10-13T14:01", "2017-10-13T16:52", [170, 172],
  [("2017-10-13T14:01", "a Google Cloud Platform-initiated migration of a primary Redis instance"),
   ("2017-10-13T14:57", "these issues were believed resolved"), ("2017-10-13T15:41", "new anomalies emerged"),
   ("2017-10-13T16:07", "initiate a full service restart")],
  (["known bug in how Discord API instances handle Redis failover", "A misconfigured edge caching rule also contributed"],
   ["adding monitoring to detect cascading failures earlier"]),
  (["increasing the priority of fixing Redis failover issues", "adding monitoring to detect cascading failures earlier"],
   ["The root cause of the initial partial outage"]),
  (["unavailable guilds and connection issues for users"], ["increasing the priority of fixing Redis failover issues"]),
  ["A misbehaving node in the"], ["source_fetched_at", "uuid: a46ebba4"],
  ["software-bug", "cascading-failure"], ["failover", "dependency", "config-change", "capacity", "database",
                                          "retry-storm", "monitoring"]),
G(3, "icco-etsy-multicast-rsync", "icco-postmortems/1c6f32bc-10ed-463a-a52d-763121f74e30.md",
  "en", ["Etsy"], None, None, None, [],
  (["the multicast traffic saturated the CPU on core network switches"], ["creating a thread-safe SHA1 implementation"]),
  (["decided to integrate BitTorrent into Solr for index replication"], ["saturated the CPU on core network switches"]),
  None,
  ["a 4 GB index taking over an hour to replicate to 11 servers"], ["source_published_at", "archive_url"],
  ["network"], ["config-change", "capacity", "deployment", "human-error", "automation"]),
G(4, "icco-incidentio-poison-pill-2022", "icco-postmortems/029b4a8e-0332-4b91-abc3-5f84bdf70094.md",
  "en", ["incident.io"], "2022-11-18T15:40", "2022-11-18T16:12", [13, 32],
  [("2022-11-18T15:40", "experienced 13 minutes of intermittent downtime")],
  (["The core issue was an unhandled panic within the Go application", "it did not catch panics in these child goroutines"],
   ["the monolithic application was physically split"]),
  (["function was explicitly added to the message handler", "the monolithic application was physically split into separate Heroku dynos"],
   ["The core issue was an unhandled panic"]),
  (["impacting customer access to the service"], ["the monolithic application was physically split"]),
  ["Heroku's log buffering and dropping of large stack traces"], ["source_published_at", "source_fetched_at"],
  ["software-bug"], ["dependency", "monitoring", "cascading-failure", "automation", "capacity", "config-change",
                     "deployment"]),
G(5, "moj-2023-02-02-cjs-dashboard", "moj-cloud-platform/2023-02-02-cjs-dashboard-performance.md",
  "en", ["Cloud Platform", "cloud-platform", "Ministry of Justice", "MoJ"], "2023-02-02T10:14", "2023-02-02T11:36", [30, 82],
  [("2023-02-02T10:14", "CPU-Critical alert"), ("2023-02-02T10:21", "Incident is declared"),
   ("2023-02-02T10:22", "War room started"), ("2023-02-02T10:25", "many CJS pods started crash looping"),
   ("2023-02-02T10:30", "scaled down Descheduler to stop terminating CJS pods"),
   ("2023-02-02T10:37", "roll back a caching change"), ("2023-02-02T10:40", "Autoscaling group bumped up to 80"),
   ("2023-02-02T10:44", "Resolved status for CPU-Critical high-priority alert"), ("2023-02-02T11:36", "Incident is resolved")],
  (["The restart of multiple CJS pods caused the CPU hike", "Descheduler started terminating the duplicate CJS pods"],
   ["Create an OPA policy"]),
  (["Create an OPA policy to not allow deployment ReplicaSet greater than an agreed number",
    "CJS Dash team rolled back a change that appears to have generated the spike"],
   ["The restart of multiple CJS pods caused the CPU hike"]),
  (["Cluster is reaching max capacity"], ["Create an OPA policy"]),
  ["Descheduler is scaled down to 0"], ["weight: 9", "title: Incident on"],
  ["capacity"], ["automation", "deployment", "config-change", "cascading-failure", "monitoring", "human-error"]),
G(6, "ustclug-2015-08-18-service-restore", "ustclug-website/2015-08-18-lug-service-restore-status.md",
  "zh", ["LUG", "USTC", "科大"], None, None, None,
  [("2015-08-21", "欢迎投简历"), ("2015-08-23", "服务已恢复"), ("2015-09-03", "LUG FTP 现已回复"),
   ("2015-09-03", "目前 bug 修复有所进展")],
  None, None, None,
  ["上游基于 3.10 内核和 CentOS 7 的 OpenVZ 部署方案仍不成熟"], ["author: Boyuan Yang", "comments: []"],
  [], ["software-bug", "hardware", "dependency", "backup-restore", "failover", "storage"]),
G(7, "icco-github-dns-2014", "icco-postmortems/65c669af-6430-4bea-90e0-16d536798892.md",
  "en", ["GitHub"], "2014-01-08T13:20", "2014-01-08T15:47", [137, 147],
  [("2014-01-08T13:20", "The incident began"), ("2014-01-08T15:47", "Full service was restored")],
  (["The initial problem stemmed from a bug in Puppet manifests", "This circular dependency, combined with inadequate sanity checks"],
   ["decoupling internal and external DNS infrastructure"]),
  (["GitHub is decoupling internal and external DNS infrastructure", "implementing Linux cgroups for process accounting"],
   ["The initial problem stemmed from a bug in Puppet manifests"]),
  (["42 minutes of full service downtime for customers"], ["decoupling internal and external DNS infrastructure"]),
  ["Engineers manually removed misbehaving fileservers"], ["source_published_at", "source_fetched_at"],
  ["dns", "config-change"], ["automation", "software-bug", "cascading-failure", "capacity", "deployment", "dependency",
                             "security", "storage"]),
G(8, "icco-circleci-kube-proxy-2023", "icco-postmortems/874ed11e-fa23-4e90-b306-febd62f27a1d.md",
  "en", ["CircleCI"], "2023-03-14T18:00", "2023-03-15T01:27", [445, 450],
  [("2023-03-14T18:00", "experienced significant delays in starting customer jobs"),
   ("2023-03-15T01:27", "stemmed from an ongoing Kubernetes upgrade")],
  (["The root cause was a version mismatch between", "repeatedly failed to execute"],
   ["adding specific observability metrics and alerts"]),
  (["a full node-by-node restart of the Kubernetes cluster", "enhancing the Kubernetes upgrade process"],
   ["The root cause was a version mismatch"]),
  (["severely impacted all customer pipelines"], ["enhancing the Kubernetes upgrade process"]),
  ["Initial investigations considered"], ["source_fetched_at", "uuid: 874ed11e"],
  ["network", "deployment"], ["software-bug", "config-change", "cascading-failure", "dependency", "monitoring",
                              "capacity", "retry-storm", "dns"]),
G(9, "dfds-pm2021-007-503-terraform-provider", "dfds-postmortems/PM2021-007-All-services-returning-503-in-Kubernetes.md",
  "en", ["DFDS"], "2021-07-02T07:32", "2021-07-02T07:42", [10, 10],
  [("2021-06-15", "upgraded the AWS Terraform provider to 3.45"),
   ("2021-07-02T07:32", "Daily pipeline run starts modifying the AWS Autoscaling Groups"),
   ("2021-07-02T07:37", "modifications finished"), ("2021-07-02T07:39", "A user reported seing 503"),
   ("2021-07-02T07:40", "Automatic alarm received on Slack"), ("2021-07-02T07:42", "Target group reattached to load balancer")],
  (["this coincided with an update to the Terraform AWS provider used", "tearing down the association between the load balancer and the target groups"],
   ["Enhance daily pipeline run with a synthetic monitoring"]),
  (["We have now changed lifecycle management for the AWS Autoscaling Groups", "Enhance daily pipeline run with a synthetic monitoring"],
   ["tearing down the association between the load balancer"]),
  (["We experienced another 503 incidents for all services"], ["Enhance daily pipeline run with a synthetic monitoring"]),
  ["Time to detection: 8 minutes"], [],
  ["automation"], ["deployment", "config-change", "dependency", "network", "software-bug", "monitoring"],
  lessons=(["Several root causes can display similar sympthoms"], ["Enhance daily pipeline run with a synthetic monitoring"])),
G(10, "icco-allegro-async-tasks-2015", "icco-postmortems/dfdcb1b4-10b2-45d5-92c5-6b4a4e52ca43.md",
  "en", ["Allegro"], None, None, None, [],
  (["failure of a subsystem responsible for asynchronous distributed task processing"], ["it partially failed to send daily newsletter"]),
  None,
  (["purchasing numerous offers via cart and bulk offer editing"], []),
  ["some parts of internal administration panel were affected"], ["source_fetched_at"],
  [], ["software-bug", "cascading-failure", "dependency", "capacity"]),
G(11, "techcrunch-google-custom-search-2008", "apachecn-techcrunch-2007-2014-zh/googles-12-hour-and-counting-custom-search-outage.md",
  "zh", ["Google", "谷歌"], None, None, None, [],
  None, None,
  (["搜索只是刷新原始页面，没有结果"], []),
  ["谷歌尚未回复要求置评的电子邮件"], [],
  [], ["software-bug", "capacity", "dependency", "config-change", "deployment", "network"]),
G(12, "icco-allegro-traffic-spike-2018", "icco-postmortems/3ec87435-3fcc-4edb-bf72-e80bb09d901f.md",
  "en", ["Allegro"], None, None, None, [],
  (["The outage was caused by a configuration error in cluster resource management"], []),
  None,
  (["E-commerce site went down"], ["configuration error in cluster resource management"]),
  ["hardware resources were available"], ["source_fetched_at"],
  ["config-change", "capacity"], ["deployment", "human-error", "automation"]),
G(13, "icco-crates-io-download-urls-2023", "icco-postmortems/04f5afd8-09fc-4314-9c60-7f942faca125.md",
  "en", ["rust-lang", "crates.io", "Rust"], "2023-07-20T12:17", "2023-07-20T12:30", [13, 13],
  [("2023-07-20T12:17", "all crate downloads from crates.io were broken")],
  (["a deployment that contained a bug in the download URL generation"], []),
  None,
  (["resulting in about 3.7M failed requests"], ["a bug in the download URL generation"]),
  ["including the retry attempts from cargo"], ["source_fetched_at"],
  ["deployment"], ["software-bug", "retry-storm", "capacity"]),
G(14, "hn-resend-database-migration-2024", "opendoccn-hackernews-2024-zh/Incident-report-for-February-21st-2024-Resend.md",
  "zh", ["Resend"], "2024-02-21T05:01", "2024-02-21T17:05", [720, 730],
  [("2024-02-21T04:56", "数据库迁移开始"), ("2024-02-21T04:57", "注意到从生产数据库中删除表"),
   ("2024-02-21T05:01", "开始从备份恢复数据库"), ("2024-02-21T11:02", "第一次恢复过程完成"),
   ("2024-02-21T11:33", "发现备份由于备份时间戳选择错误而失败"), ("2024-02-21T11:48", "增加计算资源以加快恢复过程"),
   ("2024-02-21T12:05", "开始从旧备份恢复数据库"), ("2024-02-21T17:01", "第二次恢复过程完成"),
   ("2024-02-21T17:05", "仪表板恢复可访问")],
  (["我们在本地执行了数据库迁移命令，但错误地指向了生产环境"], ["增加灾难恢复测试的频率"]),
  (["在生产数据库上，没有可访问的用户角色应具有写入权限", "增加灾难恢复测试的频率"], ["错误地指向了生产环境"]),
  (["所有用户从UTC时间05:01至17:05期间12小时内无法发送电子邮件"], ["增加灾难恢复测试的频率"]),
  ["第二次恢复尝试额外花费了5个小时"], ["category: 未分类", "日期：2024-05-29 13:19:49"],
  ["human-error", "data-loss"], ["backup-restore", "database", "deployment", "config-change", "automation"]),
G(15, "icco-google-config-generator-2014", "icco-postmortems/0fb2bbd9-2967-43be-86f8-dec01edc6707.md",
  "en", ["Google"], "2014-01-24T10:55", "2014-01-24T11:30", [25, 55],
  [("2014-01-24T10:55", "The disruption began"), ("2014-01-24T10:55", "this system produced an incorrect configuration"),
   ("2014-01-24T11:02", "alerted the Site Reliability Team"), ("2014-01-24T11:14", "generated a new, correct configuration"),
   ("2014-01-24T11:30", "Service was largely restored")],
  (["triggered by a software bug within an internal system responsible for generating configurations",
    "This faulty configuration was then distributed to live services"], ["adding input validation checks"]),
  (["correcting the specific bug in the configuration generator", "adding input validation checks"],
   ["triggered by a software bug within an internal system"]),
  (["an outage affected most Google users attempting to access logged-in services"], ["adding input validation checks"]),
  ["leading to a rapid subsidence of errors"], ["source_published_at", "source_fetched_at"],
  ["config-change", "software-bug"], ["automation", "monitoring", "deployment"]),
G(16, "icco-linux-leap-second-2012", "icco-postmortems/5bce5ed8-a675-4b38-8825-5ec0e41e0d1b.md",
  "en", ["Linux"], "2012-07-01", None, None,
  [("2012-07-01", "a discussion on the Linux Kernel Mailing List")],
  (["the omission of a call to clock_was_set() when a leap second was applied"], ["The proposed remediation involved"]),
  (["ensure that clock_was_set() is explicitly invoked when a leap second is applied"], ["The root cause was identified as the omission"]),
  (["leading to significant load spikes on affected systems"], ["The proposed remediation involved"]),
  ["reproducible across various Linux kernel versions"], ["source_fetched_at", "archive_url"],
  ["time", "software-bug"], ["capacity", "cascading-failure"]),
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
