// The help of the commands, sorted by key (TestCatalogSorted), in both languages: what
// follow COMMAND --help, the man pages and docs/cli print. pkg/cli's localize reads it:
//
//	help.<cmd>.short, .long, .example   <cmd>: root, new, completion.bash, ...
//	flag.<cmd>.<flag>                   a flag's usage; flag.<flag> when it says the same
//	                                    on every command (-h, --version, --json)
//	cobra.*                             cobra's own words: the layout of the usage
//	usage.*                             the usage errors of cobra and pflag
//
// A flag's usage may name its value in backquotes (`DATE`), as pflag reads it. One with %s
// takes the usage the command declared (a list made from data). Help texts are never
// formatted otherwise: a % in them is printed as it is.
//
// The Japanese help is written for the people follow is for: Japanese data, dates as an
// input method types them (１２月１６日, ２０２６－１２－０５, R8.12.1); the English help
// has the same commands with English prose.

package i18n

var helpTexts = [...]entry{
	{"cobra.aliases", "Aliases:", "別名:"},
	{"cobra.commandarg", "[command]", "[コマンド]"},
	{"cobra.commands", "Available Commands:", "コマンド:"},
	{"cobra.default", " (default %s)", "（既定値: %s）"},
	{"cobra.deprecated", " (DEPRECATED: %s)", "（非推奨: %s）"},
	{"cobra.examples", "Examples:", "例:"},
	{"cobra.flags", "Flags:", "オプション:"},
	{"cobra.flagsarg", "[flags]", "[オプション]"},
	{"cobra.globalflags", "Global Flags:", "共通オプション:"},
	{"cobra.helptopics", "Additional help topics:", "その他のヘルプ:"},
	{"cobra.man.description", "DESCRIPTION", "説明"},
	{"cobra.man.example", "EXAMPLE", "例"},
	{"cobra.man.inherited", "OPTIONS INHERITED FROM PARENT COMMANDS", "共通オプション"},
	{"cobra.man.manual", "follow manual", "follow マニュアル"},
	{"cobra.man.name", "NAME", "名前"},
	{"cobra.man.options", "OPTIONS", "オプション"},
	{"cobra.man.seealso", "SEE ALSO", "関連項目"},
	{"cobra.man.synopsis", "SYNOPSIS", "書式"},
	{"cobra.morehelp", "Use \"%s --help\" for more information about a command.", "各コマンドの詳しい説明は \"%s --help\" で表示します。"},
	{"cobra.type.duration", "duration", "期間"},
	{"cobra.type.int", "int", "整数"},
	{"cobra.type.string", "string", "文字列"},
	{"cobra.type.stringArray", "stringArray", "文字列"},
	{"cobra.type.strings", "strings", "文字列,…"},
	{"cobra.usage", "Usage:", "使い方:"},

	{"doc.columns", "Command | What it does", "コマンド | 内容"},
	{"doc.examples", "Examples", "例"},
	{"doc.inherited", "Options inherited from parent commands", "共通オプション"},
	{"doc.intro", "Every command with its flags, as `follow COMMAND --help` prints them. The record format is in\n[%sFORMAT.md](%sFORMAT.md); the checks of `follow lint` are in [%slint-rules.md](%slint-rules.md).\nIn Japanese: [ja/README.md](ja/README.md).", "すべてのコマンドとそのオプションです（`follow コマンド --help` が表示する内容と同じです）。記録の\n形式は [%sFORMAT.md](%sFORMAT.md) に、`follow lint` の検査項目は [%slint-rules.md](%slint-rules.md) にあります。\nEnglish: [../README.md](../README.md)."},
	{"doc.options", "Options", "オプション"},
	{"doc.seealso", "SEE ALSO", "関連項目"},
	{"doc.synopsis", "Synopsis", "説明"},
	{"doc.title", "follow command reference", "follow コマンドリファレンス"},

	{"flag.due.calls", "only the manager's thank-you calls, printed as the call sheet (whom, where, why)", "上長のお礼の電話だけを、電話シート（相手・場所・理由）として表示する"},
	{"flag.due.cancelled", "with ics: how long an item done or no longer due stays in the calendar as a cancelled event, so a re-import removes it (0 for never)", "ics のとき、完了した・期日でなくなった項目を取り消しの予定として残す期間（再読み込みで消えるように。0 で残さない）"},
	{"flag.due.limit", "list only the first `N` items (the oldest), in any format", "最初の `N` 件（古いものから）だけを表示する。どの形式でも"},
	{"flag.help", "help for %s", "%s のヘルプを表示する"},
	{"flag.new.done", "open milestones or requests this visit closes, by id (M3,R2); repeatable", "この訪問で完了した節目・相談事項の ID（M3,R2）。繰り返し可"},
	{"flag.new.dry-run", "say what the visit would write and close, and write nothing", "訪問で書き込む内容と完了する項目を示すだけで、何も書かない"},
	{"flag.new.intent", "does the staff member mean to stay: stay, unsure or leave (継続, 迷い, 終了希望)", "本人の意向: 継続・迷い・終了希望（stay, unsure, leave）"},
	{"flag.new.mood", "how satisfied the staff member is, `1-5`: 1 (bad) to 5 (good)", "満足度 `1-5`: 1（低い）から5（高い）"},
	{"flag.no-descriptions", "disable completion descriptions", "補完候補の説明を出さない"},
	{"flag.root.dir", "records directory (default: $FOLLOW_DIR, the folder holding follow.yaml, ./records)", "記録のフォルダ（既定: $FOLLOW_DIR、follow.yaml のあるフォルダ、./records）"},
	{"flag.root.lang", "language of messages, tables, the brief and the help: ja or en (default: the locale, LC_ALL / LC_MESSAGES / LANG, when it names a language, else lang: in follow.yaml); records keep their own language", "メッセージ・表・ブリーフ・ヘルプの言語: ja か en（既定: ロケール LC_ALL / LC_MESSAGES / LANG が言語を指定していればそれ、なければ follow.yaml の lang:）。記録に書く言葉は記録ごとの言語のまま"},
	{"flag.root.no-color", "never colour the output (also: $NO_COLOR)", "出力に色を付けない（$NO_COLOR でも同じ）"},
	{"flag.root.today", "the date to treat as today (default: $FOLLOW_TODAY, the clock)", "今日として扱う日付（既定: $FOLLOW_TODAY、なければ時計）"},
	{"flag.version", "version for %s", "%s のバージョンを表示する"},

	{"help.completion.bash.long", `Generate the autocompletion script for the bash shell.

This script depends on the 'bash-completion' package.
If it is not installed already, you can install it via your OS's package manager.

To load completions in your current shell session:

	source <(follow completion bash)

To load completions for every new session, execute once:

#### Linux:

	follow completion bash > /etc/bash_completion.d/follow

#### macOS:

	follow completion bash > $(brew --prefix)/etc/bash_completion.d/follow

You will need to start a new shell for this setup to take effect.
`, `bash の補完スクリプトを出力します。

このスクリプトには bash-completion パッケージが必要です。
入っていなければ、OS のパッケージマネージャでインストールしてください。

今のシェルで補完を使うには:

	source <(follow completion bash)

新しいシェルでいつも使うには、一度だけ次を実行します:

#### Linux:

	follow completion bash > /etc/bash_completion.d/follow

#### macOS:

	follow completion bash > $(brew --prefix)/etc/bash_completion.d/follow

設定は新しく開いたシェルから有効になります。
`},
	{"help.completion.bash.short", "Generate the autocompletion script for bash", "bash の補完スクリプトを出力する"},
	{"help.completion.fish.long", `Generate the autocompletion script for the fish shell.

To load completions in your current shell session:

	follow completion fish | source

To load completions for every new session, execute once:

	follow completion fish > ~/.config/fish/completions/follow.fish

You will need to start a new shell for this setup to take effect.
`, `fish の補完スクリプトを出力します。

今のシェルで補完を使うには:

	follow completion fish | source

新しいシェルでいつも使うには、一度だけ次を実行します:

	follow completion fish > ~/.config/fish/completions/follow.fish

設定は新しく開いたシェルから有効になります。
`},
	{"help.completion.fish.short", "Generate the autocompletion script for fish", "fish の補完スクリプトを出力する"},
	{"help.completion.long", `Generate the autocompletion script for follow for the specified shell.
See each sub-command's help for details on how to use the generated script.
`, `follow の補完スクリプトを、指定したシェル用に出力します。
スクリプトの使い方は、シェルごとのサブコマンドのヘルプをご覧ください。
`},
	{"help.completion.powershell.long", `Generate the autocompletion script for powershell.

To load completions in your current shell session:

	follow completion powershell | Out-String | Invoke-Expression

To load completions for every new session, add the output of the above command
to your powershell profile.
`, `PowerShell の補完スクリプトを出力します。

今のシェルで補完を使うには:

	follow completion powershell | Out-String | Invoke-Expression

新しいシェルでいつも使うには、上のコマンドの出力を PowerShell のプロファイルに
追加してください。
`},
	{"help.completion.powershell.short", "Generate the autocompletion script for powershell", "PowerShell の補完スクリプトを出力する"},
	{"help.completion.short", "Generate the autocompletion script for the specified shell", "指定したシェルの補完スクリプトを出力する"},
	{"help.completion.zsh.long", `Generate the autocompletion script for the zsh shell.

If shell completion is not already enabled in your environment you will need
to enable it.  You can execute the following once:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

To load completions in your current shell session:

	source <(follow completion zsh)

To load completions for every new session, execute once:

#### Linux:

	follow completion zsh > "${fpath[1]}/_follow"

#### macOS:

	follow completion zsh > $(brew --prefix)/share/zsh/site-functions/_follow

You will need to start a new shell for this setup to take effect.
`, `zsh の補完スクリプトを出力します。

zsh の補完がまだ有効でなければ、有効にしてください。一度だけ次を実行します:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

今のシェルで補完を使うには:

	source <(follow completion zsh)

新しいシェルでいつも使うには、一度だけ次を実行します:

#### Linux:

	follow completion zsh > "${fpath[1]}/_follow"

#### macOS:

	follow completion zsh > $(brew --prefix)/share/zsh/site-functions/_follow

設定は新しく開いたシェルから有効になります。
`},
	{"help.completion.zsh.short", "Generate the autocompletion script for zsh", "zsh の補完スクリプトを出力する"},

	{"help.help.long", `Help provides help for any command in the application.
Simply type follow help [path to command] for full details.`, `follow の各コマンドのヘルプを表示します。
follow help [コマンド] で、そのコマンドの詳しい説明を表示します。`},
	{"help.help.short", "Help about any command", "コマンドのヘルプを表示する"},

	{"help.man.long", "Write the man pages of follow and every command (section 1, roff), for packagers: in English into DIR/man1, in Japanese into DIR/ja/man1 (where man(1) looks with LANG=ja_JP.UTF-8).", "follow とすべてのコマンドの man ページ（セクション 1、roff）をパッケージ作成用に書き出します。英語版は DIR/man1 に、日本語版は DIR/ja/man1 に書きます（LANG=ja_JP.UTF-8 のとき man(1) が読む場所です）。"},
	{"help.man.short", "Write the man pages of every command into DIR/man1 and DIR/ja/man1", "全コマンドの man ページを DIR/man1 と DIR/ja/man1 に書き出す"},

	{"help.root.example", `  follow new S0013 --fact "請求書発行を担当、慣れてきた" --next 2w
  follow due --me
  follow show S0013`, `  follow new S0013 --fact "請求書発行を担当、慣れてきた" --next １２月１６日
  follow due --me
  follow show S0013`},
	{"help.root.long", `follow keeps one markdown record per dispatched staff member (YAML front matter for the
present and every date that drives work, a dated log of visits below) and tells every
morning who is due.

  follow new S0001 --fact "..." --next 2w   log a visit right after it
  follow due                                 what is due or overdue, for whom
  follow lint                                check every record (for CI)

Records live in --dir, else $FOLLOW_DIR, else the nearest folder above holding
follow.yaml, else ./records. Dates: YYYY-MM-DD, YYYY/MM/DD, full-width digits,
2026年12月5日, today, tomorrow, +3d, 2w, 1m. --today (or $FOLLOW_TODAY) pins today.
The language of messages and help: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG)
when it names one, else lang: in follow.yaml, else English.`, `follow は派遣スタッフ1人につき1つの markdown の記録を持ち（今の状態と、仕事の期日になる
日付は YAML のフロントマターに、訪問などの記録は日付順にその下に）、毎朝、誰のフォローが
期日かを示します。

  follow new S0001 --fact "..." --next ２週間後   訪問の直後に記録する
  follow due                                      期日・期限超過の項目を担当者ごとに表示
  follow lint                                     すべての記録を検査する（CI 用）

記録のフォルダは --dir、なければ $FOLLOW_DIR、なければ上の階層で最も近い follow.yaml の
あるフォルダ、なければ ./records です。日付は 2026-12-05、2026/12/5、２０２６－１２－０５、
2026年12月5日、令和8年12月5日（R8.12.5）、12月5日、today、tomorrow、3日後、+3d、2w、1m の
ように書けます。--today（または $FOLLOW_TODAY）で今日の日付を固定できます。メッセージと
ヘルプの言語は --lang、なければ言語を指定したロケール（LC_ALL・LC_MESSAGES・LANG）、
なければ follow.yaml の lang:、なければ英語です。`},
	{"help.root.short", "Follow up dispatched staff: visit notes, due dates and team rules in markdown records", "派遣スタッフのフォロー: 訪問記録・期日・チームのルールを markdown の記録で"},

	{"usage.args.exact", "%s takes %d argument(s), %d given (usage: %s)", "%s の引数は %d 個です。%d 個指定されています（使い方: %s）"},
	{"usage.args.max", "%s takes at most %d argument(s), %d given (usage: %s)", "%s の引数は %d 個までです。%d 個指定されています（使い方: %s）"},
	{"usage.args.min", "%s takes at least %d argument(s), %d given (usage: %s)", "%s の引数は %d 個以上です。%d 個指定されています（使い方: %s）"},
	{"usage.args.none", "%s takes no arguments, but was given %q", "%s には引数を指定できません（%q が指定されています）"},
	{"usage.args.range", "%s takes %d to %d arguments, %d given (usage: %s)", "%s の引数は %d〜%d 個です。%d 個指定されています（使い方: %s）"},
	{"usage.flag.invalid", "--%s: %q is not valid: give %v", "--%s: %q は使えません。%vを指定してください"},
	{"usage.flag.invalidwhy", "--%s: %q is not valid: %v", "--%s: %q は使えません: %v"},
	{"usage.flag.novalue", "flag needs an argument: --%s", "--%s には値を指定してください"},
	{"usage.flag.other", "%v", "%v"},
	{"usage.flag.required", "required flag(s) not given: %s", "必須のオプションが指定されていません: %s"},
	{"usage.flag.syntax", "bad flag syntax: %s", "オプションの書き方が正しくありません: %s"},
	{"usage.flag.unknown", "unknown flag: --%s", "不明なオプションです: --%s"},
	{"usage.flag.unknownshort", "unknown shorthand flag: %q in -%s", "不明な短縮オプションです: %q（-%s の中）"},
	{"usage.flag.want.bool", "true or false", "true か false "},
	{"usage.flag.want.duration", "a duration such as 9h or 30m", "9h や 30m のような時間"},
	{"usage.flag.want.float64", "a number", "数値"},
	{"usage.flag.want.int", "a whole number", "整数"},
	{"usage.hint", "%v\nRun '%s --help' for usage.", "%v\n使い方は '%s --help' でご確認ください。"},
	{"usage.suggest", "%v\n\nDid you mean this?\n%s", "%v\n\nもしかして:\n%s"},
	{"usage.unknowncmd", "unknown command %q for %q", "%q というコマンドは %q にありません"},
}
