<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Open Setup</source>
        <translation>打开设置向导</translation>
    </message>
    <message>
        <source>The mail transfer agent (MTA) Mailroom sets up: it receives mail for this machine's users and sends mail on.</source>
        <translation>Mailroom 要配置的邮件传输代理（MTA）：它为本机用户接收邮件，并把邮件转发出去。</translation>
    </message>
    <message>
        <source>The traditional MTA many systems start with. It must make way for Postfix: only one program can serve port 25.</source>
        <translation>许多系统默认自带的传统 MTA。它必须给 Postfix 让路：25 端口只能由一个程序提供服务。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Checking the mail system…</source>
        <translation>正在检查邮件系统…</translation>
    </message>
    <message>
        <source>All mail services on this machine</source>
        <translation>本机的所有邮件服务</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>The mail system's state is unknown.</source>
        <translation>邮件系统的状态未知。</translation>
    </message>
    <message>
        <source>Last attempt at %1</source>
        <translation>上次尝试于 %1</translation>
    </message>
</context>
<context>
    <name>HelperError</name>
    <message>
        <source>You are not allowed to do this. Ask an administrator to add you to the mail administrators, or authenticate when asked.</source>
        <translation>您无权执行此操作。请让管理员把您加入邮件管理员组，或在系统询问时进行身份认证。</translation>
    </message>
    <message>
        <source>The Mailroom system helper (mailroomd) is not available. Is Mailroom installed completely? (%1)</source>
        <translation>Mailroom 系统助手（mailroomd）不可用。Mailroom 是否已完整安装？（%1）</translation>
    </message>
    <message>
        <source>The request was rejected: %1</source>
        <translation>请求被拒绝：%1</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
</context>
<context>
    <name>MailSystemSummary</name>
    <message>
        <source>Postfix is running, but so is %1: two mail servers compete for port 25.</source>
        <translation>Postfix 正在运行，但 %1 也在运行：两个邮件服务器在争用 25 端口。</translation>
    </message>
    <message>
        <source>Stop and disable %1 in Setup.</source>
        <translation>在设置向导中停止并禁用 %1。</translation>
    </message>
    <message>
        <source>Postfix is running, but it will not start after a reboot.</source>
        <translation>Postfix 正在运行，但重启后不会自动启动。</translation>
    </message>
    <message>
        <source>Enable Postfix at boot in Setup.</source>
        <translation>在设置向导中将 Postfix 设为开机启动。</translation>
    </message>
    <message>
        <source>Postfix is running and starts at boot.</source>
        <translation>Postfix 正在运行，并会开机启动。</translation>
    </message>
    <message>
        <source>Postfix is installed but failed to start.</source>
        <translation>Postfix 已安装，但启动失败。</translation>
    </message>
    <message>
        <source>Postfix is installed but not running.</source>
        <translation>Postfix 已安装，但没有运行。</translation>
    </message>
    <message>
        <source>Stop %1, then configure and start Postfix in Setup.</source>
        <translation>停止 %1，然后在设置向导中配置并启动 Postfix。</translation>
    </message>
    <message>
        <source>Configure and start Postfix in Setup.</source>
        <translation>在设置向导中配置并启动 Postfix。</translation>
    </message>
    <message>
        <source>%1 is running as this machine's mail server. Postfix is not installed.</source>
        <translation>%1 正在作为本机的邮件服务器运行。Postfix 未安装。</translation>
    </message>
    <message>
        <source>Setup replaces %1 with Postfix: stop and disable %1, open the firewall for mail, install and configure Postfix.</source>
        <translation>设置向导会用 Postfix 替换 %1：停止并禁用 %1，为邮件开放防火墙，安装并配置 Postfix。</translation>
    </message>
    <message>
        <source>No mail server is running on this machine. Postfix is not installed.</source>
        <translation>本机没有运行任何邮件服务器。Postfix 未安装。</translation>
    </message>
    <message>
        <source>Install and configure Postfix in Setup.</source>
        <translation>在设置向导中安装并配置 Postfix。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mailroom — %1</source>
        <translation>Mailroom 邮件室 — %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>设置向导</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>The setup assistant walks through replacing sendmail with Postfix: firewall, installation, basic settings, DNS, start, a test mail and an optional relay. It is not yet available in this version.</source>
        <translation>设置向导将逐步引导您用 Postfix 替换 sendmail：防火墙、安装、基本设置、DNS、启动、测试邮件以及可选的中继。此版本中尚不可用。</translation>
    </message>
    <message>
        <source>Reading local mailboxes is not yet available in this version.</source>
        <translation>此版本中尚不能阅读本地邮箱。</translation>
    </message>
    <message>
        <source>Browsing the mail log is not yet available in this version.</source>
        <translation>此版本中尚不能浏览邮件日志。</translation>
    </message>
    <message>
        <source>Editing the Postfix configuration is not yet available in this version.</source>
        <translation>此版本中尚不能编辑 Postfix 配置。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Mailroom</source>
        <translation>关于 Mailroom(&amp;A)</translation>
    </message>
    <message>
        <source>About Mailroom</source>
        <translation>关于 Mailroom</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mailroom %1&lt;/h3&gt;&lt;p&gt;Set up and run a Postfix mail server from the desktop, read local mailboxes and follow the mail log.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mailroom 邮件室 %1&lt;/h3&gt;&lt;p&gt;在桌面上设置和运行 Postfix 邮件服务器，阅读本地邮箱，跟踪邮件日志。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Package:</source>
        <translation>软件包：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Start at boot:</source>
        <translation>开机启动：</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 systemd active state, %2 sub state, e.g. "active (running)"</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>是（%1）</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>否（%1）</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Reloading</source>
        <translation>正在重新加载</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>starts at boot</source>
        <translation>开机启动</translation>
    </message>
    <message>
        <source>masked (cannot be started)</source>
        <translation>已屏蔽（无法启动）</translation>
    </message>
    <message>
        <source>does not start at boot</source>
        <translation>不会开机启动</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is Running/Stopped/…, %2 is "starts at boot" or "does not start at boot"</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ServiceStateModel</name>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>已屏蔽</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start at boot</source>
        <translation>开机启动</translation>
    </message>
</context>
<context>
    <name>mailroomctl</name>
    <message>
        <source>Set up and run a Postfix mail server.

Commands:
  status    Show which mail services are installed, running and started at boot</source>
        <translation>设置和运行 Postfix 邮件服务器。

命令：
  status    显示哪些邮件服务已安装、正在运行以及开机启动</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>mailroomctl: unknown command "%1" (try --help)</source>
        <translation>mailroomctl：未知命令“%1”（请尝试 --help）</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>INSTALLED</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>AT BOOT</source>
        <translation>开机启动</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
</TS>
