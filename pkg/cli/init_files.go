package cli

// The files follow init writes. Each is complete and commented, so a team reads its rules
// in its own repository rather than in follow's source.

const initFollowYAML = `# follow.yaml — the team's follow-up rules. It marks the root of the records: follow
# finds it in this folder or above. See docs/FORMAT.md of follow for every key.

# me: 佐藤            # who you are, for follow due --me ($FOLLOW_USER wins)
# lang: ja            # ja or en: messages, tables and the headings follow new writes

within: 7d            # follow due looks this far ahead (plus everything overdue)
calendar: jp          # jp: weekends and Japanese public holidays are not business days; none
shift: before         # a milestone on a closed day moves to the previous (before) or next (after) business day, or stays (none)
closed: []            # extra closed days, e.g. [2026-12-29, 2026-12-30, 2026-12-31, 2027-01-02, 2027-01-03]

# Milestones written into a record when it is created (from: start), when a renewal is
# recorded (from: renewal; renewals: which ones), and for each contract end (from: end).
# who: owner, manager, or a person's name. Changing this file does not rewrite records;
# follow lint reports active records that lack a milestone these rules imply.
milestones:
  - id: first-day
    what: 初日連絡（スタッフへ）
    who: owner
    from: start
    offset: 0d
  - id: first-day-thanks
    what: 初日お礼電話（指揮命令者へ）
    who: manager
    from: start
    offset: 0d
  - id: week-1
    what: 1週間フォロー
    who: owner
    from: start
    offset: 1w
  - id: month-1
    what: 1ヶ月フォロー
    who: owner
    from: start
    offset: 1m
  - id: month-3
    what: 3ヶ月フォロー
    who: owner
    from: start
    offset: 3m
  - id: renewal-intent
    what: 更新意向確認
    who: owner
    from: end
    offset: -30d
    kind: renewal       # stays in follow due until a renewal or an end is recorded
  - id: renewal-thanks
    what: 更新お礼電話（指揮命令者へ）
    who: manager
    from: renewal
    offset: 0d
    renewals: [1, 3]

# The individual 3-year limit (個人単位の抵触日): a warning this long before it, for these people.
limit:
  years: 3
  warn: 1m
  who: [owner, manager]

# Categories of an end (follow end --category).
end_categories: [contract-expiry, staff-reason, client-reason, other]

lint:
  disable: []         # checks to turn off (follow lint --list)
  milestone_lag: 14d  # a milestone overdue by more than this is reported
  max_interval: 60d   # an active record's last contact may not be older than this
  sensitive: []       # extra words the privacy guard refuses
`

const initExampleRecord = `---
# yaml-language-server: $schema=../record.schema.json
id: S0001
name: 見本 花子
kana: みほん はなこ
status: active
owner: 担当 太郎
manager: 課長 次郎
client: 株式会社見本商事
site: 経理部 経理課
supervisor: 指揮 一郎
start: 2026-04-01
contract:
  end: 2026-06-30
  renewals: 0
  history:
    - from: 2026-04-01
      until: 2026-06-30
next: 2026-04-08
milestones:
  - id: M1
    what: 初日連絡（スタッフへ）
    due: 2026-04-01
    who: owner
    rule: first-day
    done: 2026-04-01
  - id: M2
    what: 初日お礼電話（指揮命令者へ）
    due: 2026-04-01
    who: manager
    rule: first-day-thanks
    done: 2026-04-01
  - id: M3
    what: 1週間フォロー
    due: 2026-04-08
    who: owner
    rule: week-1
  - id: M4
    what: 1ヶ月フォロー
    due: 2026-05-01
    who: owner
    rule: month-1
  - id: M5
    what: 3ヶ月フォロー
    due: 2026-07-01
    who: owner
    rule: month-3
  - id: M6
    what: 更新意向確認
    due: 2026-05-29
    who: owner
    rule: renewal-intent
requests: []
---

# 見本 花子

This is an example record: replace it with your own (follow new ID --name ...).

## 2026-04-01 電話

### 確認事項

- 初日の業務説明を受けた。仕訳入力から始める

### 近況

- 通勤に慣れるまで早めに家を出るとのこと

次回: 2026-04-08
`

const initGitignore = `# follow: its lock, drafts and cache, and temporary files of an interrupted write
.follow/
.*.follow-tmp-*
`

const initGitattributes = `# follow: merge records with the record-aware driver (follow init --hooks configures it)
# and show them as markdown in diffs.
records/**/*.md merge=follow diff=markdown
`

const initWorkflow = `name: follow lint

on:
  push:
  pull_request:

permissions:
  contents: read

jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: stable
      - name: Install follow
        run: go install github.com/staffnote/follow/cmd/follow@latest
      - name: Check the records
        run: follow lint --format github
      - name: Check the layout
        run: follow fmt --check
`

const initPreCommit = `#!/bin/sh
# follow pre-commit hook: refuse records that are malformed or hold data that must never
# enter git history (My Number, card numbers, sensitive personal information).
# Installed by: follow init --hooks
files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.md')
[ -z "$files" ] && exit 0
if ! command -v follow >/dev/null 2>&1; then
  echo "pre-commit: follow is not installed; records were not checked" >&2
  exit 1
fi
# shellcheck disable=SC2086
exec follow lint --quiet $files
`
