<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AskPassDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>未知的主机密钥</translation>
    </message>
    <message>
        <source>SSH login</source>
        <translation>SSH 登录</translation>
    </message>
    <message>
        <source>ssh has not seen this host&apos;s key before. Trust it only when the fingerprint below is the one the host&apos;s administrator gave you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on that host).</source>
        <translation>ssh 以前没有见过这台主机的密钥。只有当下面的指纹与该主机管理员提供给你的指纹一致时，才信任它（在该主机上运行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub 查看）。</translation>
    </message>
    <message>
        <source>ssh asks, to connect Mailroom to the host:</source>
        <translation>为了让 Mailroom 连接到该主机，ssh 询问：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>信任并连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Restore this backup…</source>
        <translation>恢复此备份…</translation>
    </message>
    <message>
        <source>Every change Mailroom makes to main.cf or master.cf is preceded by a backup (kept by the helper, readable by root only). Restoring one shows the changes first and is itself a change with its own backup.</source>
        <translation>Mailroom 对 main.cf 或 master.cf 的每次更改之前都会先做备份（由助手保管，仅 root 可读）。恢复备份时会先显示更改，恢复本身也是一次带有自己备份的更改。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>%1 is already exactly as in this backup: nothing to restore.</source>
        <translation>%1 已与此备份完全相同：无需恢复。</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>Restoring backup %1 makes these changes to /etc/postfix/%2. The current file is backed up first; Postfix checks the result and reloads, and if it refuses it nothing changes.</source>
        <translation>恢复备份 %1 将对 /etc/postfix/%2 做出以下更改。当前文件会先被备份；Postfix 检查结果并重新加载，如果拒绝，则什么都不会改变。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Postfix refused the restored %1, so the current file stays. Postfix said:
%2</source>
        <translation>Postfix 拒绝了恢复的 %1，因此保留当前文件。Postfix 的提示：
%2</translation>
    </message>
    <message>
        <source>Restored %1. The file it replaced was saved as backup %2.</source>
        <translation>已恢复 %1。被替换的文件已保存为备份 %2。</translation>
    </message>
</context>
<context>
    <name>BasicsStep</name>
    <message>
        <source>Basic settings</source>
        <translation>基本设置</translation>
    </message>
    <message>
        <source>Preview changes</source>
        <translation>预览更改</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Postfix needs to know its own name, your domain, which mail it delivers here, and which machines may send mail on through it. Suggestions come from this machine; check the domain.</source>
        <translation>Postfix 需要知道自己的名称、您的域名、哪些邮件在本机投递，以及哪些机器可以通过它转发邮件。建议值取自本机；请核对域名。</translation>
    </message>
    <message>
        <source>sets these parameters in /etc/postfix/main.cf after a backup of the file; Postfix checks the new file and is reloaded if it runs. A failed check puts the old file back.</source>
        <translation>先备份 /etc/postfix/main.cf，再在其中设置这些参数；Postfix 会检查新文件，若它正在运行则重新加载。检查未通过时会恢复旧文件。</translation>
    </message>
    <message>
        <source>This server&apos;s full name, host.domain.extension, e.g. mta1.example.com.</source>
        <translation>本服务器的完整名称，格式为 host.domain.extension，例如 mta1.example.com。</translation>
    </message>
    <message>
        <source>Your Internet domain, the part after the host name, e.g. example.com.</source>
        <translation>您的互联网域名，即主机名之后的部分，例如 example.com。</translation>
    </message>
    <message>
        <source>The domain mail sent from here appears to come from; $mydomain is usual.</source>
        <translation>从本机发出的邮件所显示的来源域名；通常为 $mydomain。</translation>
    </message>
    <message>
        <source>The domains this server is the final destination for. Mail for any other domain is a relay request, which is refused unless the sender is in “Trusted networks”.</source>
        <translation>本服务器作为最终投递目的地的域。发往其他任何域的邮件都属于中继请求，除非发件人位于“可信网络”中，否则会被拒绝。</translation>
    </message>
    <message>
        <source>The network interfaces Postfix receives mail on; usually all.</source>
        <translation>Postfix 接收邮件的网络接口；通常为 all（全部）。</translation>
    </message>
    <message>
        <source>This machine only (host)</source>
        <translation>仅本机（host）</translation>
    </message>
    <message>
        <source>Machines in the same subnet (subnet)</source>
        <translation>同一子网内的机器（subnet）</translation>
    </message>
    <message>
        <source>Machines in the same address class (class)</source>
        <translation>同一地址类别内的机器（class）</translation>
    </message>
    <message>
        <source>A list of networks I enter</source>
        <translation>我手动输入的网络列表</translation>
    </message>
    <message>
        <source>Trusted networks (mynetworks):</source>
        <translation>可信网络（mynetworks）：</translation>
    </message>
    <message>
        <source>Press “Preview changes” to see exactly what will change in main.cf.</source>
        <translation>按“预览更改”可查看 main.cf 中具体会更改哪些内容。</translation>
    </message>
    <message>
        <source>Postfix is not installed yet: install it first, then come back to this step.</source>
        <translation>尚未安装 Postfix：请先安装，然后再回到此步骤。</translation>
    </message>
    <message>
        <source>%1 = %2%3</source>
        <translation>%1 = %2%3</translation>
    </message>
    <message>
        <source> &lt;i&gt;(Postfix default)&lt;/i&gt;</source>
        <translation> &lt;i&gt;（Postfix 默认值）&lt;/i&gt;</translation>
    </message>
    <message>
        <source>main.cf now:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>main.cf 当前设置：&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>main.cf already has these values; nothing to change.</source>
        <translation>main.cf 中已是这些值，无需更改。</translation>
    </message>
    <message>
        <source>Nothing needed to change.</source>
        <translation>无需任何更改。</translation>
    </message>
    <message>
        <source>Saved. The previous main.cf is kept as backup &lt;b&gt;%1&lt;/b&gt;; the Summary step shows how to put it back.</source>
        <translation>已保存。原 main.cf 已备份为 &lt;b&gt;%1&lt;/b&gt;；“总结”步骤中说明了如何恢复。</translation>
    </message>
    <message>
        <source># Applied to main.cf (the previous file is backup %1):
</source>
        <translation># 已应用到 main.cf（原文件已备份为 %1）：
</translation>
    </message>
</context>
<context>
    <name>CertificateExpiry</name>
    <message>
        <source>certbot renews it: check that “certbot renew” runs (systemctl status certbot.timer) and reload Postfix afterwards.</source>
        <translation>certbot 会续期：请确认“certbot renew”在运行（systemctl status certbot.timer），续期后重新加载 Postfix。</translation>
    </message>
    <message>
        <source>Get a new one: Configuration → Certificates (or mailroomctl tls request, then mailroomctl tls install).</source>
        <translation>请换一个新证书：配置 → 证书（或先 mailroomctl tls request，再 mailroomctl tls install）。</translation>
    </message>
    <message numerus="yes">
        <source>The certificate for %1 is valid for %n more day(s).</source>
        <translation>
            <numerusform>%1 的证书还有 %n 天有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate for %1 expires in %n day(s). %2</source>
        <translation>
            <numerusform>%1 的证书将在 %n 天后过期。%2</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate for %1 has expired: mail clients and servers that check it refuse it. %2</source>
        <translation>%1 的证书已过期：会检查证书的邮件客户端和服务器将拒绝它。%2</translation>
    </message>
    <message>
        <source>The certificate for %1 is not valid yet: check the system clock, or install the right certificate.</source>
        <translation>%1 的证书尚未生效：请检查系统时钟，或安装正确的证书。</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>The certificate Postfix offers</source>
        <translation>Postfix 提供的证书</translation>
    </message>
    <message>
        <source>Make a self-signed certificate</source>
        <translation>生成自签名证书</translation>
    </message>
    <message>
        <source>Make a signing request…</source>
        <translation>生成证书签名请求…</translation>
    </message>
    <message>
        <source>Install a certificate from a CA…</source>
        <translation>安装 CA 签发的证书…</translation>
    </message>
    <message>
        <source>Use certbot&apos;s certificate</source>
        <translation>使用 certbot 的证书</translation>
    </message>
    <message>
        <source>Signing request waiting for its certificate</source>
        <translation>等待签发证书的签名请求</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Mail servers and mail clients that connect to this one encrypt the connection (STARTTLS) with this certificate. Keys are made by Mailroom&apos;s helper on this machine and never leave it.</source>
        <translation>连接到本服务器的邮件服务器和邮件客户端用此证书加密连接（STARTTLS）。密钥由 Mailroom 的助手在本机生成，绝不会离开本机。</translation>
    </message>
    <message>
        <source>A new certificate</source>
        <translation>新证书</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>ECDSA P-256 (recommended: small and fast, every current mail program knows it)</source>
        <translation>ECDSA P-256（推荐：小而快，当前所有邮件程序都支持）</translation>
    </message>
    <message>
        <source>RSA 3072 (for very old mail programs)</source>
        <translation>RSA 3072（用于很旧的邮件程序）</translation>
    </message>
    <message>
        <source>Mail is encrypted at once. Servers that check certificates do not trust it; your users&apos; mail programs ask once whether to accept it.</source>
        <translation>邮件立即得到加密。会检查证书的服务器不信任它；用户的邮件程序会询问一次是否接受。</translation>
    </message>
    <message>
        <source>For a certificate from a certificate authority: give the request to the authority; the key stays here.</source>
        <translation>用于向证书颁发机构申请证书：把请求交给该机构；密钥留在本机。</translation>
    </message>
    <message>
        <source>The PEM file the authority sent (the certificate and its chain, in any order). It must belong to the request made here and name this host.</source>
        <translation>颁发机构发来的 PEM 文件（证书及其证书链，顺序不限）。它必须对应本机生成的请求，并包含本主机的名称。</translation>
    </message>
    <message>
        <source>When certbot already has a certificate for this host in /etc/letsencrypt/live: Postfix reads it from there, so certbot&apos;s renewals apply.</source>
        <translation>当 certbot 已在 /etc/letsencrypt/live 中为本主机取得证书时：Postfix 直接从那里读取，因此 certbot 的续期会自动生效。</translation>
    </message>
    <message>
        <source>Postfix is not installed: install and start it first.</source>
        <translation>尚未安装 Postfix：请先安装并启动它。</translation>
    </message>
    <message>
        <source>Postfix offers no certificate: mail from other servers arrives unencrypted.</source>
        <translation>Postfix 未提供证书：来自其他服务器的邮件以未加密方式到达。</translation>
    </message>
    <message>
        <source>Make a self-signed certificate below to encrypt at once, or request one from a certificate authority.</source>
        <translation>在下方生成自签名证书即可立即加密，或向证书颁发机构申请证书。</translation>
    </message>
    <message>
        <source>Postfix offers a self-signed certificate for %1.</source>
        <translation>Postfix 为 %1 提供自签名证书。</translation>
    </message>
    <message>
        <source>Postfix offers a certificate for %1 from %2, trusted by this system.</source>
        <translation>Postfix 为 %1 提供由 %2 签发的证书，受本系统信任。</translation>
    </message>
    <message>
        <source>Postfix offers a certificate for %1 from %2.</source>
        <translation>Postfix 为 %1 提供由 %2 签发的证书。</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>签发者：</translation>
    </message>
    <message>
        <source>%1 (itself)</source>
        <translation>%1（自身）</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>%1 — the private key belongs to it</source>
        <translation>%1 — 私钥与之匹配</translation>
    </message>
    <message>
        <source>%1 — the private key does NOT belong to it: Postfix cannot use it</source>
        <translation>%1 — 私钥与之不匹配：Postfix 无法使用</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>受信任：</translation>
    </message>
    <message>
        <source>yes, by the system&apos;s certificate authorities</source>
        <translation>是，受系统的证书颁发机构信任</translation>
    </message>
    <message>
        <source>no: self-signed (mail is encrypted; mail programs ask once)</source>
        <translation>否：自签名（邮件已加密；邮件程序会询问一次）</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>主机名：</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>与 %1 匹配</translation>
    </message>
    <message>
        <source>does not match %1 (myhostname)</source>
        <translation>与 %1（myhostname）不匹配</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate: Postfix cannot offer TLS.</source>
        <translation>私钥与证书不匹配：Postfix 无法提供 TLS。</translation>
    </message>
    <message>
        <source>The certificate does not name %1: servers that check names refuse it.</source>
        <translation>证书中没有 %1：会检查名称的服务器将拒绝它。</translation>
    </message>
    <message>
        <source>STARTTLS:</source>
        <translation>STARTTLS：</translation>
    </message>
    <message>
        <source>required (encrypt)</source>
        <translation>必须加密（encrypt）</translation>
    </message>
    <message>
        <source>offered to those who want it (may)</source>
        <translation>向需要的一方提供（may）</translation>
    </message>
    <message>
        <source>off (%1)</source>
        <translation>关闭（%1）</translation>
    </message>
    <message>
        <source>certbot has no certificate for %1 on this machine.</source>
        <translation>本机的 certbot 没有 %1 的证书。</translation>
    </message>
    <message>
        <source>Working… (a new RSA key takes a moment)</source>
        <translation>正在处理…（生成新的 RSA 密钥需要一点时间）</translation>
    </message>
    <message>
        <source>Postfix refused the new certificate, so the previous one stays. Postfix said:
%1</source>
        <translation>Postfix 拒绝了新证书，因此保留之前的证书。Postfix 的提示：
%1</translation>
    </message>
    <message>
        <source>Replace the certificate</source>
        <translation>替换证书</translation>
    </message>
    <message>
        <source>Postfix offers a certificate from %1 now. Replace it with a self-signed one? The current key and certificate are backed up first.</source>
        <translation>Postfix 目前提供由 %1 签发的证书。要用自签名证书替换它吗？当前的密钥和证书会先被备份。</translation>
    </message>
    <message>
        <source>A new self-signed certificate for %1 is installed and Postfix was reloaded.</source>
        <translation>已为 %1 安装新的自签名证书，Postfix 已重新加载。</translation>
    </message>
    <message>
        <source>Make a new signing request</source>
        <translation>生成新的签名请求</translation>
    </message>
    <message>
        <source>A signing request is already waiting for its certificate. A new one gets a new key: a certificate issued for the old request can then no longer be installed (its key is kept in the helper&apos;s backups). Make a new one?</source>
        <translation>已有一个签名请求在等待签发证书。新请求会使用新密钥：为旧请求签发的证书将无法再安装（旧密钥保存在助手的备份中）。要生成新的请求吗？</translation>
    </message>
    <message>
        <source>The signing request is below: copy it or save it, and give it to the certificate authority. When it sends the certificate, install it here.</source>
        <translation>签名请求在下方：复制或保存它，交给证书颁发机构。收到证书后，在这里安装。</translation>
    </message>
    <message>
        <source>Save the signing request</source>
        <translation>保存签名请求</translation>
    </message>
    <message>
        <source>Signing requests (*.csr *.pem)</source>
        <translation>签名请求 (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the signing request as %1.</source>
        <translation>签名请求已保存为 %1。</translation>
    </message>
    <message>
        <source>Install a certificate from a CA</source>
        <translation>安装 CA 签发的证书</translation>
    </message>
    <message>
        <source>Paste the certificate the authority sent (PEM: “-----BEGIN CERTIFICATE-----” …), with its chain in any order, or open its file.</source>
        <translation>粘贴颁发机构发来的证书（PEM：“-----BEGIN CERTIFICATE-----”…），连同证书链，顺序不限；或打开其文件。</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>The certificate from the certificate authority</source>
        <translation>证书颁发机构签发的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The certificate is installed and Postfix was reloaded.</source>
        <translation>证书已安装，Postfix 已重新加载。</translation>
    </message>
    <message>
        <source>Postfix now uses certbot&apos;s certificate for %1; certbot&apos;s renewals apply.</source>
        <translation>Postfix 现在使用 certbot 为 %1 取得的证书；certbot 的续期会自动生效。</translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <source>it does not name %1</source>
        <translation>它未包含名称 %1</translation>
    </message>
    <message>
        <source>Your user name on the server (the part of your address before @)</source>
        <translation>你在服务器上的用户名（邮件地址中 @ 之前的部分）</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>收信</translation>
    </message>
    <message>
        <source>Outgoing mail</source>
        <translation>发信</translation>
    </message>
    <message>
        <source>Normal password</source>
        <translation>普通密码</translation>
    </message>
    <message>
        <source>Mail programs cannot connect yet: nothing listens for them on this server (IMAP on 143 or 993, submission on 587). Turn both on in Setup → Mail programs, or with “mailroomctl submission enable” and “mailroomctl imap enable”.</source>
        <translation>邮件程序还无法连接：本服务器上没有为它们监听的服务（143 或 993 端口的 IMAP、587 端口的邮件提交）。请在“设置向导 → 邮件程序”中把两者都打开，或运行“mailroomctl submission enable”和“mailroomctl imap enable”。</translation>
    </message>
    <message>
        <source>Port 25 only takes mail from other servers; mail programs send through 587 after logging in.</source>
        <translation>25 端口只接收来自其他服务器的邮件；邮件程序需登录后通过 587 端口发信。</translation>
    </message>
    <message>
        <source>Users can send but not read their mail: IMAP is off. Turn it on in Setup → Mail programs, or with “mailroomctl imap enable”.</source>
        <translation>用户能发信，但无法读取邮件：IMAP 未开启。请在“设置向导 → 邮件程序”中打开，或运行“mailroomctl imap enable”。</translation>
    </message>
    <message>
        <source>The server has no certificate, so mail programs cannot encrypt the connection and will not log in. Make one in Configuration → Certificates, or with “mailroomctl tls self-signed”.</source>
        <translation>服务器没有证书，邮件程序无法加密连接，也不会登录。请在“配置 → 证书”中生成一个，或运行“mailroomctl tls self-signed”。</translation>
    </message>
    <message>
        <source>The certificate is self-signed: each mail program asks once whether to trust it. Tell users to accept it only if its SHA-256 fingerprint is %1 (the text for users says so). A certificate from a certificate authority spares them the question.</source>
        <translation>证书是自签名的：每个邮件程序都会询问一次是否信任它。请告诉用户：只有当它的 SHA-256 指纹为 %1 时才接受（给用户的说明中已写明）。使用证书颁发机构签发的证书，用户就不必回答这个问题。</translation>
    </message>
    <message>
        <source>Mail programs will not trust the certificate (%1): users must accept or import it, checking its SHA-256 fingerprint %2. Install a certificate for %3 in Configuration → Certificates.</source>
        <translation>邮件程序不会信任该证书（%1）：用户必须接受或导入它，并核对其 SHA-256 指纹 %2。请在“配置 → 证书”中为 %3 安装证书。</translation>
    </message>
    <message>
        <source>Settings for your mail program (Thunderbird, KMail, Outlook, a phone)</source>
        <translation>邮件程序（Thunderbird、KMail、Outlook、手机）的设置</translation>
    </message>
    <message>
        <source>Your address: your user name on %1, then @%2 (for example alice@%2).</source>
        <translation>你的邮件地址：你在 %1 上的用户名，加上 @%2（例如 alice@%2）。</translation>
    </message>
    <message>
        <source>Mail to @%1 reaches you too.</source>
        <translation>发往 @%1 的邮件你也能收到。</translation>
    </message>
    <message>
        <source>User name: your user name on %1 — the part of your address before @, without @%2.</source>
        <translation>用户名：你在 %1 上的用户名——邮件地址中 @ 之前的部分，不含 @%2。</translation>
    </message>
    <message>
        <source>Password: your password on %1.</source>
        <translation>密码：你在 %1 上的密码。</translation>
    </message>
    <message>
        <source>The server does not accept mail programs yet. Your administrator will tell you when it does.</source>
        <translation>服务器暂时还不接受邮件程序的连接。可以使用时，管理员会通知你。</translation>
    </message>
    <message>
        <source>  or, if your program cannot use the above:</source>
        <translation>  如果你的程序无法使用上面的设置，也可以用：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>安全：</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>身份验证：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>your user name (see above)</source>
        <translation>你的用户名（见上文）</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP)</source>
        <translation>收信（IMAP）</translation>
    </message>
    <message>
        <source>Reading mail with a mail program is not possible yet.</source>
        <translation>暂时还不能用邮件程序读取邮件。</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>发信（SMTP）</translation>
    </message>
    <message>
        <source>Sending mail with a mail program is not possible yet.</source>
        <translation>暂时还不能用邮件程序发信。</translation>
    </message>
    <message>
        <source>The first time you connect, your mail program asks whether to trust the server&apos;s certificate. Accept it only if its SHA-256 fingerprint is:</source>
        <translation>第一次连接时，邮件程序会询问是否信任服务器的证书。只有当它的 SHA-256 指纹如下时才接受：</translation>
    </message>
    <message>
        <source>If it shows another one, do not accept it: ask your administrator.</source>
        <translation>如果显示的是别的指纹，请不要接受，并联系管理员。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired: your mail program may refuse to connect until your administrator renews it. Do not accept a certificate it warns about.</source>
        <translation>服务器的证书已过期：在管理员更新证书之前，你的邮件程序可能拒绝连接。请不要接受程序发出警告的证书。</translation>
    </message>
    <message>
        <source>Users can read but not send mail: submission on 587 is off. Turn it on in Setup → Mail programs, or with “mailroomctl submission enable”.</source>
        <translation>用户能读取邮件，但无法发信：587 端口的邮件提交未开启。请在“设置向导 → 邮件程序”中打开，或运行“mailroomctl submission enable”。</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <source>Copy instructions</source>
        <translation>复制说明</translation>
    </message>
    <message>
        <source>Save autoconfig file…</source>
        <translation>保存自动配置文件…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Text for users (Copy instructions puts it on the clipboard)</source>
        <translation>给用户的说明（“复制说明”会把它放到剪贴板）</translation>
    </message>
    <message>
        <source>The text for users is on the clipboard.</source>
        <translation>给用户的说明已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Postfix is not installed: install and start it first.</source>
        <translation>尚未安装 Postfix：请先安装并启动它。</translation>
    </message>
    <message>
        <source>What your users type into Thunderbird, KMail, Outlook or a phone to read and send mail as USER@%1. They log in with their user name and password on %2.</source>
        <translation>用户在 Thunderbird、KMail、Outlook 或手机中以 用户名@%1 收发邮件时需要填写的内容。他们用自己在 %2 上的用户名和密码登录。</translation>
    </message>
    <message>
        <source>Mail programs cannot use this server yet.</source>
        <translation>邮件程序暂时还无法使用本服务器。</translation>
    </message>
    <message>
        <source>Thunderbird fills these settings in by itself from a user&apos;s address when you publish the autoconfig file on your web server at %1 or %2.</source>
        <translation>把自动配置文件发布到你的网站服务器上的 %1 或 %2 后，Thunderbird 会根据用户的邮件地址自动填写这些设置。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1. Publish it at one of the addresses above.</source>
        <translation>已保存 %1。请把它发布到上面的某个地址。</translation>
    </message>
    <message>
        <source>Save the autoconfig file</source>
        <translation>保存自动配置文件</translation>
    </message>
    <message>
        <source>XML files (*.xml)</source>
        <translation>XML 文件 (*.xml)</translation>
    </message>
</context>
<context>
    <name>ConfigFileTab</name>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Preview changes…</source>
        <translation>预览更改…</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
    <message>
        <source>/etc/postfix/main.cf as it is on disk, comments and order kept. Apply shows the changes first, then the helper backs the file up, writes it, lets Postfix check it and reloads Postfix; if Postfix refuses it, the previous file is put back and Postfix keeps running.</source>
        <translation>磁盘上的 /etc/postfix/main.cf 原样显示，注释和顺序都保留。“应用”先显示更改，然后由助手备份文件、写入、让 Postfix 检查并重新加载 Postfix；如果 Postfix 拒绝，之前的文件会被放回，Postfix 继续运行。</translation>
    </message>
    <message>
        <source>/etc/postfix/master.cf, Postfix&apos;s service table, with the services it defines beside it (commented-out ones greyed). Apply works as for main.cf: diff first, backup, check, reload, and the previous file back if Postfix refuses the new one.</source>
        <translation>/etc/postfix/master.cf 是 Postfix 的服务表，旁边列出它定义的服务（被注释掉的显示为灰色）。“应用”与 main.cf 相同：先显示差异，再备份、检查、重新加载；如果 Postfix 拒绝新文件，就放回之前的文件。</translation>
    </message>
    <message>
        <source>Click a service to go to its line.</source>
        <translation>点击一个服务即可跳到它所在的行。</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>重新加载 %1</translation>
    </message>
    <message>
        <source>Discard your edits to %1 and load the file as it is on disk now?</source>
        <translation>放弃对 %1 的编辑，并加载磁盘上当前的文件吗？</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>%1 的更改</translation>
    </message>
    <message>
        <source>Your text is the same as the file on disk.</source>
        <translation>你的文本与磁盘上的文件相同。</translation>
    </message>
    <message>
        <source>What Apply would change in /etc/postfix/%1:</source>
        <translation>“应用”将对 /etc/postfix/%1 做出的更改：</translation>
    </message>
    <message>
        <source>Nothing to apply: your text is the same as %1 on disk.</source>
        <translation>没有可应用的内容：你的文本与磁盘上的 %1 相同。</translation>
    </message>
    <message>
        <source>Apply changes to %1</source>
        <translation>应用对 %1 的更改</translation>
    </message>
    <message>
        <source>These changes will be written to /etc/postfix/%1. The current file is backed up first; Postfix checks the new one and reloads, and if it refuses it the previous file is put back.</source>
        <translation>这些更改将写入 /etc/postfix/%1。当前文件会先被备份；Postfix 检查新文件并重新加载，如果拒绝，之前的文件会被放回。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Applying %1: Postfix checks it and reloads…</source>
        <translation>正在应用 %1：Postfix 正在检查并重新加载…</translation>
    </message>
    <message>
        <source>Nothing changed: %1 already said exactly this.</source>
        <translation>没有变化：%1 的内容已经完全相同。</translation>
    </message>
    <message>
        <source>Applied. Postfix checked the new %1 and is running with it. The previous version was saved as backup %2.</source>
        <translation>已应用。Postfix 已检查新的 %1 并以它运行。之前的版本已保存为备份 %2。</translation>
    </message>
    <message>
        <source>Postfix has new warnings:</source>
        <translation>Postfix 有新的警告：</translation>
    </message>
    <message>
        <source>postmap rebuilt %1.</source>
        <translation>postmap 已重建 %1。</translation>
    </message>
    <message>
        <source>Not applied: %1 was changed on disk after you loaded it (by someone else or another program). Nothing was written.</source>
        <translation>未应用：在你加载 %1 之后，它在磁盘上被更改了（被其他人或其他程序）。没有写入任何内容。</translation>
    </message>
    <message>
        <source>%1 changed on disk</source>
        <translation>%1 在磁盘上已被更改</translation>
    </message>
    <message>
        <source>Someone changed /etc/postfix/%1 after you loaded it, so your edits were not applied: they would silently undo that change.

Reload the file to see the current version (your edits are discarded; copy them first if you need them), or keep editing.</source>
        <translation>在你加载 /etc/postfix/%1 之后有人更改了它，所以你的编辑没有被应用：否则会悄悄撤销那次更改。

重新加载文件以查看当前版本（你的编辑将被丢弃；如有需要请先复制），或继续编辑。</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Postfix is not installed yet: install it in Setup.</source>
        <translation>尚未安装 Postfix：请在设置向导中安装。</translation>
    </message>
    <message>
        <source>Postfix refused the new %1, so the previous file was put back and Postfix keeps running with it. Your edits are still here. Postfix said:
%2</source>
        <translation>Postfix 拒绝了新的 %1，因此之前的文件已被放回，Postfix 继续以它运行。你的编辑仍然保留在这里。Postfix 的提示：
%2</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Mail queue</source>
        <translation>邮件队列</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Postfix is not installed yet: install it in Setup.</source>
        <translation>尚未安装 Postfix：请在设置向导中安装。</translation>
    </message>
    <message>
        <source>The values Postfix uses now (postconf). Values in bold are set in /etc/postfix/main.cf; the others are Postfix&apos;s defaults. Change them in Setup → Basics, in the main.cf tab, or with mailroomctl config set.</source>
        <translation>Postfix 当前使用的值（postconf）。粗体值在 /etc/postfix/main.cf 中设置，其余为 Postfix 的默认值。可在“设置向导 → 基本设置”中、在 main.cf 标签页中，或使用 mailroomctl config set 修改。</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Mail clients</source>
        <translation>邮件客户端</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>垃圾邮件过滤</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Host</source>
        <translation>连接到主机</translation>
    </message>
    <message>
        <source>Manage the mail system of another host over SSH. The host needs Mailroom&apos;s helper (the mailroom package) and your SSH key; polkit on that host decides what you may do.</source>
        <translation>通过 SSH 管理另一台主机的邮件系统。该主机需要安装 Mailroom 的辅助程序（mailroom 软件包）并接受您的 SSH 密钥；您能做什么由该主机上的 polkit 决定。</translation>
    </message>
    <message>
        <source>user@mail.example.org</source>
        <translation>user@mail.example.org</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>已取消连接。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Open Setup</source>
        <translation>打开设置向导</translation>
    </message>
    <message>
        <source>The mail transfer agent (MTA) Mailroom sets up: it receives mail for this machine&apos;s users and sends mail on.</source>
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
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>The mail system&apos;s state is unknown.</source>
        <translation>邮件系统的状态未知。</translation>
    </message>
    <message>
        <source>Last attempt at %1</source>
        <translation>上次尝试于 %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Postfix offers no TLS certificate: mail from other servers arrives unencrypted. Make one in Configuration → Certificates.</source>
        <translation>Postfix 未提供 TLS 证书：来自其他服务器的邮件以未加密方式到达。请在“配置 → 证书”中生成一个。</translation>
    </message>
    <message>
        <source>Spam filter settings</source>
        <translation>垃圾邮件过滤设置</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>垃圾邮件过滤</translation>
    </message>
    <message>
        <source>Not installed: incoming mail is not checked for spam. SpamAssassin can be installed from the spam filter settings.</source>
        <translation>未安装：收到的邮件不做垃圾邮件检查。可在垃圾邮件过滤设置中安装 SpamAssassin。</translation>
    </message>
    <message>
        <source>Off: SpamAssassin is installed, but Postfix does not ask it about incoming mail.</source>
        <translation>已关闭：SpamAssassin 已安装，但 Postfix 不让它检查收到的邮件。</translation>
    </message>
    <message>
        <source>On: tags mail at %1 or more, rejects at %2 or more.</source>
        <translation>已开启：得分达到 %1 的邮件被标记，达到 %2 的被拒收。</translation>
    </message>
    <message>
        <source>On: tags mail at %1 or more.</source>
        <translation>已开启：得分达到 %1 的邮件被标记。</translation>
    </message>
    <message>
        <source>On: tags mail at %1 or more, moves mail at %2 or more to the Spam folder.</source>
        <translation>已开启：得分达到 %1 的邮件被标记，达到 %2 的被移到垃圾邮件文件夹。</translation>
    </message>
    <message>
        <source>On: tags mail at %1 or more; at %2 or more: “%3”.</source>
        <extracomment>%3 is the filter&apos;s action as the helper names it (a newer helper may know more)</extracomment>
        <translation>已开启：得分达到 %1 的邮件被标记；达到 %2 时：“%3”。</translation>
    </message>
    <message>
        <source>spamd and spamass-milter are not running, so incoming mail is delivered without a spam check.</source>
        <translation>spamd 和 spamass-milter 未在运行，收到的邮件未经垃圾邮件检查就被投递。</translation>
    </message>
    <message>
        <source>%1 is not running, so incoming mail is delivered without a spam check.</source>
        <translation>%1 未在运行，收到的邮件未经垃圾邮件检查就被投递。</translation>
    </message>
    <message>
        <source>Counting today&apos;s spam…</source>
        <translation>正在统计今天的垃圾邮件…</translation>
    </message>
    <message>
        <source>Today&apos;s count needs the mail log, which your account may only read after authenticating: the Logs page asks for it.</source>
        <translation>今天的统计需要读取邮件日志，而您的账户须先通过认证才能读取：请到“日志”页面进行认证。</translation>
    </message>
    <message>
        <source>Today&apos;s count is not available: %1</source>
        <translation>今天的统计不可用：%1</translation>
    </message>
    <message>
        <source>No spam yet today.</source>
        <translation>今天还没有垃圾邮件。</translation>
    </message>
    <message numerus="yes">
        <source>No spam yet today; %n message(s) checked.</source>
        <translation>
            <numerusform>今天还没有垃圾邮件；已检查 %n 封邮件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1 spam (%2 rejected, %3 tagged) of %4 checked.</source>
        <extracomment>%1 spam messages today, of them %2 rejected and %3 tagged; %4 messages checked in all</extracomment>
        <translation>今天：已检查 %4 封，其中垃圾邮件 %1 封（拒收 %2 封，标记 %3 封）。</translation>
    </message>
    <message>
        <source>All mail services on %1</source>
        <translation>%1 上的全部邮件服务</translation>
    </message>
    <message>
        <source>All mail services on this computer</source>
        <translation>本机上的全部邮件服务</translation>
    </message>
</context>
<context>
    <name>DeliveryRule</name>
    <message>
        <source>The folder name is empty.</source>
        <translation>文件夹名称为空。</translation>
    </message>
    <message>
        <source>The folder name contains a line break or a control character.</source>
        <translation>文件夹名称包含换行符或控制字符。</translation>
    </message>
    <message>
        <source>The folder name contains “..”: the folder must stay inside ~/mail.</source>
        <translation>文件夹名称包含“..”：文件夹必须位于 ~/mail 之内。</translation>
    </message>
    <message>
        <source>The folder name starts with “/”: it must be a name inside ~/mail, not a path.</source>
        <translation>文件夹名称以“/”开头：它必须是 ~/mail 内的名称，而不是路径。</translation>
    </message>
    <message>
        <source>The folder name starts with “|”: procmail would run it as a program.</source>
        <translation>文件夹名称以“|”开头：procmail 会把它当作程序运行。</translation>
    </message>
    <message>
        <source>The folder name starts with “!”: procmail would forward the message instead.</source>
        <translation>文件夹名称以“!”开头：procmail 会改为转发邮件。</translation>
    </message>
    <message>
        <source>The folder name starts with “%1”: hidden or option-like names are not allowed.</source>
        <translation>文件夹名称以“%1”开头：不允许隐藏名称或类似命令选项的名称。</translation>
    </message>
    <message>
        <source>The folder name ends with “/”: procmail would treat it as a directory.</source>
        <translation>文件夹名称以“/”结尾：procmail 会把它当作目录。</translation>
    </message>
    <message>
        <source>The folder name contains “%1”: use letters, digits and . _ - + @ , = / only.</source>
        <translation>文件夹名称包含“%1”：只能使用字母、数字和 . _ - + @ , = /。</translation>
    </message>
    <message>
        <source>The address to forward to is empty.</source>
        <translation>转发地址为空。</translation>
    </message>
    <message>
        <source>“%1” is not a plain mail address such as bob@example.org.</source>
        <translation>“%1”不是普通的邮件地址（例如 bob@example.org）。</translation>
    </message>
    <message>
        <source>The header name is empty.</source>
        <translation>邮件头名称为空。</translation>
    </message>
    <message>
        <source>“%1” is not a header name: use letters, digits and “-”, without the colon.</source>
        <translation>“%1”不是邮件头名称：请使用字母、数字和“-”，不要带冒号。</translation>
    </message>
    <message>
        <source>The text to look for is empty.</source>
        <translation>要查找的文本为空。</translation>
    </message>
    <message>
        <source>The text to look for contains a line break: headers are matched line by line.</source>
        <translation>要查找的文本包含换行符：邮件头是逐行匹配的。</translation>
    </message>
    <message>
        <source>The text to look for contains a control character.</source>
        <translation>要查找的文本包含控制字符。</translation>
    </message>
    <message>
        <source>From contains “%1”</source>
        <translation>发件人包含“%1”</translation>
    </message>
    <message>
        <source>To or Cc contains “%1”</source>
        <translation>收件人或抄送包含“%1”</translation>
    </message>
    <message>
        <source>Subject contains “%1”</source>
        <translation>主题包含“%1”</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation>%1 包含“%2”</translation>
    </message>
    <message>
        <source>the spam flag is set</source>
        <translation>带有垃圾邮件标记</translation>
    </message>
    <message>
        <source>move to folder %1 (~/mail/%1)</source>
        <translation>移到文件夹 %1（~/mail/%1）</translation>
    </message>
    <message>
        <source>forward to %1</source>
        <translation>转发给 %1</translation>
    </message>
    <message>
        <source>discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>When %1 → %2</source>
        <translation>当%1 → %2</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>The recipient&apos;s domain points to this server, but Postfix does not consider the domain its own, so the message would go round in a circle.</source>
        <translation>收件人的域名指向本服务器，但 Postfix 不认为该域属于自己，因此邮件会陷入循环。</translation>
    </message>
    <message>
        <source>Add the domain to mydestination (or to the virtual domains) if this server should receive its mail; otherwise fix the domain&apos;s MX record.</source>
        <translation>如果本服务器应接收该域的邮件，请将该域添加到 mydestination（或虚拟域）中；否则请修正该域的 MX 记录。</translation>
    </message>
    <message>
        <source>The relay host refused the user name or password this server logged in with.</source>
        <translation>中继主机拒绝了本服务器登录时使用的用户名或密码。</translation>
    </message>
    <message>
        <source>Enter the relay account&apos;s user name and password again (for some providers an app password).</source>
        <translation>请重新输入中继账户的用户名和密码（某些服务商需要使用应用专用密码）。</translation>
    </message>
    <message>
        <source>A mail program tried to log in to this server with a wrong user name or password.</source>
        <translation>某个邮件程序尝试使用错误的用户名或密码登录本服务器。</translation>
    </message>
    <message>
        <source>Check the account settings of the mail program. Many failures from unknown addresses are password-guessing attacks and can be ignored.</source>
        <translation>请检查该邮件程序的账户设置。来自未知地址的登录失败多为密码猜测攻击，可以忽略。</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) could not be set up: a certificate was not trusted or the two servers could not agree on encryption.</source>
        <translation>无法建立加密连接（TLS）：证书不受信任，或双方服务器无法就加密方式达成一致。</translation>
    </message>
    <message>
        <source>Check the TLS settings: the certificate files, the CA bundle, and whether the relay expects STARTTLS on port 587 or TLS on port 465.</source>
        <translation>请检查 TLS 设置：证书文件、CA 证书包，以及中继要求的是 587 端口上的 STARTTLS 还是 465 端口上的 TLS。</translation>
    </message>
    <message>
        <source>The relay host refused to pass the message on, because this server did not log in to it.</source>
        <translation>中继主机拒绝转发该邮件，因为本服务器没有登录。</translation>
    </message>
    <message>
        <source>Turn on authentication for the relay host and enter the account&apos;s user name and password.</source>
        <translation>请为中继主机启用身份验证，并输入账户的用户名和密码。</translation>
    </message>
    <message>
        <source>This server refused to pass the message on to another domain, because the sending computer is not one it trusts and did not log in.</source>
        <translation>本服务器拒绝将该邮件转发到其他域，因为发送方计算机不在信任范围内，也没有登录。</translation>
    </message>
    <message>
        <source>If the sender is one of your computers, add its network to mynetworks, or let it log in (SMTP authentication) before sending.</source>
        <translation>如果发件方是您自己的计算机，请将其所在网络添加到 mynetworks，或让它在发送前先登录（SMTP 身份验证）。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain is delivered on this server, but there is no local user or alias with that name.</source>
        <translation>收件人的域在本服务器上投递，但不存在同名的本地用户或别名。</translation>
    </message>
    <message>
        <source>Create the user or an alias. If mail for this domain belongs on another server, remove the domain from mydestination.</source>
        <translation>请创建该用户或别名。如果该域的邮件应由其他服务器处理，请从 mydestination 中移除该域。</translation>
    </message>
    <message>
        <source>The domain name could not be looked up: it has no mail server in DNS, does not exist, or this server&apos;s DNS resolver did not answer.</source>
        <translation>无法解析该域名：它在 DNS 中没有邮件服务器、不存在，或本服务器的 DNS 解析器没有应答。</translation>
    </message>
    <message>
        <source>Check the address for typing errors, then check this server&apos;s DNS settings (resolver) and the domain&apos;s MX records.</source>
        <translation>请检查地址是否有拼写错误，然后检查本服务器的 DNS 设置（解析器）以及该域的 MX 记录。</translation>
    </message>
    <message>
        <source>The receiving server refused mail from this server&apos;s IP address, which is on a blocklist or looks like a home connection.</source>
        <translation>接收方服务器拒绝了来自本服务器 IP 地址的邮件，因为该地址在黑名单中，或看起来像家庭宽带连接。</translation>
    </message>
    <message>
        <source>Send outgoing mail through your provider&apos;s relay host (smarthost) instead of delivering directly.</source>
        <translation>请通过服务商的中继主机（smarthost）发送外发邮件，而不要直接投递。</translation>
    </message>
    <message>
        <source>No connection to the recipient&apos;s mail server on port 25. Most internet and cloud providers block outgoing connections to port 25.</source>
        <translation>无法连接到收件人邮件服务器的 25 端口。大多数互联网和云服务商都会封锁到 25 端口的外发连接。</translation>
    </message>
    <message>
        <source>Send outgoing mail through your provider&apos;s relay host on port 587 (submission) with a login.</source>
        <translation>请通过服务商中继主机的 587 端口（submission）发送外发邮件，并登录验证。</translation>
    </message>
    <message>
        <source>The connection timed out: a firewall drops the packets on the way.</source>
        <translation>连接超时：途中有防火墙丢弃了数据包。</translation>
    </message>
    <message>
        <source>Allow the port in the firewall, or check the relay host&apos;s name and port.</source>
        <translation>请在防火墙中放行该端口，或检查中继主机的名称和端口。</translation>
    </message>
    <message>
        <source>The other server refused the connection: nothing listens on that port, or the host name is wrong.</source>
        <translation>对方服务器拒绝了连接：该端口上没有服务在监听，或主机名有误。</translation>
    </message>
    <message>
        <source>Check the relay host&apos;s name and port (587 for submission, 465 for TLS).</source>
        <translation>请检查中继主机的名称和端口（submission 使用 587，TLS 使用 465）。</translation>
    </message>
    <message>
        <source>This server has no network route to the other server (often an IPv6 address without IPv6 connectivity, or a firewall).</source>
        <translation>本服务器没有到对方服务器的网络路由（常见原因是目标为 IPv6 地址而本机没有 IPv6 连接，或者是防火墙阻挡）。</translation>
    </message>
    <message>
        <source>Check the network and firewall; without IPv6, set inet_protocols to ipv4.</source>
        <translation>请检查网络和防火墙；如果没有 IPv6，请将 inet_protocols 设为 ipv4。</translation>
    </message>
    <message>
        <source>Relay host</source>
        <translation>中继主机</translation>
    </message>
    <message>
        <source>Trusted networks (mynetworks)</source>
        <translation>可信网络（mynetworks）</translation>
    </message>
    <message>
        <source>Local domains (mydestination)</source>
        <translation>本地域（mydestination）</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>用户名和密码</translation>
    </message>
    <message>
        <source>TLS encryption</source>
        <translation>TLS 加密</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server says this address does not exist there.</source>
        <translation>收件人的邮件服务器表示该地址在那里不存在。</translation>
    </message>
    <message>
        <source>Check the address for typing errors or ask the recipient for the right one. Nothing on this server needs changing.</source>
        <translation>请检查地址是否拼写有误，或向收件人询问正确的地址。本服务器无需做任何更改。</translation>
    </message>
    <message>
        <source>A mail program tried to log in with a wrong password (or a user name that does not match it).</source>
        <translation>某个邮件程序用错误的密码（或与密码不匹配的用户名）尝试登录。</translation>
    </message>
    <message>
        <source>Ask the user to enter the password of their account on this server again in the mail program; the user name is the system user name.</source>
        <translation>请用户在邮件程序中重新输入其在本服务器上的账户密码；用户名就是系统用户名。</translation>
    </message>
    <message>
        <source>A mail program tried to log in as a user that does not exist on this server.</source>
        <translation>某个邮件程序尝试以本服务器上不存在的用户登录。</translation>
    </message>
    <message>
        <source>Check the user name in the mail program: it is the user&apos;s system user name, usually without @domain. If the user should exist, create the account.</source>
        <translation>检查邮件程序中的用户名：应为该用户的系统用户名，通常不带 @域名。如果该用户本应存在，请创建这个账户。</translation>
    </message>
    <message>
        <source>A mail program tried to log in or send without encryption. This server accepts logins only after STARTTLS.</source>
        <translation>某个邮件程序尝试在未加密的情况下登录或发信。本服务器只在 STARTTLS 之后才接受登录。</translation>
    </message>
    <message>
        <source>Set the mail program&apos;s connection security to STARTTLS, on port 587 for sending and port 143 for IMAP.</source>
        <translation>将邮件程序的连接安全设置为 STARTTLS：发信使用 587 端口，IMAP 使用 143 端口。</translation>
    </message>
    <message>
        <source>A mail program tried to send its password over an unencrypted connection, which this server refuses.</source>
        <translation>某个邮件程序尝试通过未加密的连接发送密码，本服务器拒绝了。</translation>
    </message>
    <message>
        <source>Set the mail program&apos;s connection security to STARTTLS, on port 143 for IMAP and port 587 for sending.</source>
        <translation>将邮件程序的连接安全设置为 STARTTLS：IMAP 使用 143 端口，发信使用 587 端口。</translation>
    </message>
    <message>
        <source>A mail program sent mail for another domain without logging in first, so this server refused to pass it on.</source>
        <translation>某个邮件程序未先登录就发送了寄往其他域的邮件，因此本服务器拒绝转发。</translation>
    </message>
    <message>
        <source>Turn on authentication for the outgoing server (SMTP) in the mail program: the user&apos;s name and password, STARTTLS, port 587.</source>
        <translation>在邮件程序中为发件服务器（SMTP）开启身份验证：填写用户名和密码，使用 STARTTLS 和 587 端口。</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>日志中未记录</translation>
    </message>
    <message>
        <source>%1 failed logins from %2 (possible password guessing); user names tried: %3</source>
        <translation>来自 %2 的 %1 次登录失败（可能是在猜测密码）；尝试过的用户名：%3</translation>
    </message>
    <message>
        <source>If the address is not one of your users, someone is guessing passwords: make sure every account has a strong password, and consider blocking the address in the firewall.</source>
        <translation>如果该地址不属于您的用户，说明有人在猜测密码：请确保每个账户都使用强密码，并考虑在防火墙中封锁该地址。</translation>
    </message>
    <message>
        <source>SpamAssassin judged this message to be spam, so this server refused it while the sender&apos;s server was still connected. Nothing was delivered; the sender&apos;s server got the reply and tells its user.</source>
        <translation>SpamAssassin 判定这封邮件是垃圾邮件，因此本服务器在发件方服务器仍连接时就拒收了它。邮件没有被投递；发件方服务器收到了这个答复，会告知其用户。</translation>
    </message>
    <message>
        <source>Nothing to fix if it was spam. If it was wanted mail, raise the score at which the spam filter refuses mail, or add the sender&apos;s network to the networks it never checks, and ask the sender to send it again.</source>
        <translation>如果确实是垃圾邮件，则无需处理。如果是想要的邮件，请提高垃圾邮件过滤器拒收邮件的分数，或把发件方的网络加入从不检查的网络，然后请发件人重新发送。</translation>
    </message>
    <message>
        <source>SpamAssassin gave this message %1 points (%2 or more counts as spam; it took %3 seconds to decide), so this server refused it while the sender&apos;s server was still connected. Nothing was delivered; the sender&apos;s server got the reply and tells its user.</source>
        <translation>SpamAssassin 给这封邮件打了 %1 分（%2 分及以上算作垃圾邮件；判定用了 %3 秒），因此本服务器在发件方服务器仍连接时就拒收了它。邮件没有被投递；发件方服务器收到了这个答复，会告知其用户。</translation>
    </message>
    <message>
        <source>SpamAssassin: not spam (score %1; %2 or more is spam), decided in %3 seconds.</source>
        <translation>SpamAssassin：不是垃圾邮件（得分 %1；%2 分及以上为垃圾邮件），判定用时 %3 秒。</translation>
    </message>
    <message>
        <source>SpamAssassin: spam (score %1; %2 or more is spam), decided in %3 seconds; refused.</source>
        <translation>SpamAssassin：垃圾邮件（得分 %1；%2 分及以上为垃圾邮件），判定用时 %3 秒；已拒收。</translation>
    </message>
    <message>
        <source>SpamAssassin: spam (score %1; %2 or more is spam), decided in %3 seconds; delivered with the spam headers, for the recipient&apos;s rules to sort.</source>
        <translation>SpamAssassin：垃圾邮件（得分 %1；%2 分及以上为垃圾邮件），判定用时 %3 秒；已带垃圾邮件标记投递，由收件人的规则分拣。</translation>
    </message>
</context>
<context>
    <name>DnsStep</name>
    <message>
        <source>DNS (MX record)</source>
        <translation>DNS（MX 记录）</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Other mail servers find the server for your domain through its MX (mail exchanger) record in DNS. Your registrar usually points it at their own mail server; when you run your own, the MX record must name this server.</source>
        <translation>其他邮件服务器通过 DNS 中的 MX（邮件交换器）记录找到您域名的邮件服务器。注册商通常会将其指向自己的邮件服务器；当您运行自己的邮件服务器时，MX 记录必须指向本服务器。</translation>
    </message>
    <message>
        <source>nothing on this machine. If the record is wrong, change it in your registrar&apos;s DNS settings: add or edit the MX record of your domain so that it names this server&apos;s host name, which must itself resolve to this server&apos;s public address.</source>
        <translation>不更改本机上的任何内容。如果记录有误，请在注册商的 DNS 设置中修改：添加或编辑您域名的 MX 记录，使其指向本服务器的主机名，而该主机名本身必须解析到本服务器的公网地址。</translation>
    </message>
    <message>
        <source>Postfix is not set up yet, so the domain is not known: do the basic settings first.</source>
        <translation>Postfix 尚未设置，因此域名未知：请先完成基本设置。</translation>
    </message>
    <message>
        <source>Looking up the MX record of &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>正在查询 &lt;b&gt;%1&lt;/b&gt; 的 MX 记录…</translation>
    </message>
    <message>
        <source>%1 (preference %2)</source>
        <translation>%1（优先级 %2）</translation>
    </message>
    <message>
        <source>MX of &lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的 MX 记录：%2。</translation>
    </message>
    <message>
        <source>It names this server: other servers will deliver mail for your domain here.</source>
        <translation>它指向本服务器：其他服务器会把发往您域名的邮件投递到这里。</translation>
    </message>
    <message>
        <source>It does not name this server (%1). Mail for your domain goes elsewhere until you change the MX record at your registrar.</source>
        <translation>它没有指向本服务器（%1）。在您到注册商处修改 MX 记录之前，发往您域名的邮件会被投递到别处。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no MX record, or the domain does not exist in DNS (NXDOMAIN). Register the domain and add an MX record naming %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 没有 MX 记录，或该域名在 DNS 中不存在（NXDOMAIN）。请注册该域名，并添加指向 %2 的 MX 记录。</translation>
    </message>
    <message>
        <source>No answer from DNS within %1 seconds: this machine seems to be offline or has no working name server. Local mail works without DNS; check again when online.</source>
        <translation>%1 秒内未收到 DNS 应答：本机似乎处于离线状态，或没有可用的域名服务器。本地邮件无需 DNS 即可工作；联网后请重新检查。</translation>
    </message>
    <message>
        <source>The DNS lookup failed: %1</source>
        <translation>DNS 查询失败：%1</translation>
    </message>
</context>
<context>
    <name>FilterStep</name>
    <message>
        <source>Spam filter</source>
        <translation>垃圾邮件过滤</translation>
    </message>
    <message>
        <source>Install SpamAssassin</source>
        <translation>安装 SpamAssassin</translation>
    </message>
    <message>
        <source>Check incoming mail for spam with SpamAssassin</source>
        <translation>用 SpamAssassin 检查收到的邮件是否为垃圾邮件</translation>
    </message>
    <message>
        <source>Also check mail from this computer and your own networks (mynetworks)</source>
        <translation>也检查来自本机和您自己网络（mynetworks）的邮件</translation>
    </message>
    <message>
        <source>Update SpamAssassin&apos;s rules every day (sa-update; needs the internet)</source>
        <translation>每天更新 SpamAssassin 的规则（sa-update；需要联网）</translation>
    </message>
    <message>
        <source>Deliver local mail through Procmail, so each user&apos;s own delivery rules apply (Mail → Delivery rules)</source>
        <translation>通过 Procmail 投递本地邮件，使每个用户自己的投递规则生效（邮件 → 投递规则）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Mail from the internet is checked by SpamAssassin while the sending server is still connected. Mail that scores high enough is marked as spam (X-Spam-Flag: YES and a tag in the subject), so mail programs and the users&apos; own rules can file it away; above a second score it can be refused, so the sender learns that it did not arrive, or moved to the user&apos;s Spam folder. Mail your users send after logging in is not checked.</source>
        <translation>来自互联网的邮件在发送服务器仍连接时由 SpamAssassin 检查。得分足够高的邮件会被标记为垃圾邮件（X-Spam-Flag: YES 并在主题中加标签），邮件程序和用户自己的规则可以把它归档；超过第二个分数时可以拒收，让发件人知道邮件未送达，也可以移到用户的 Spam 文件夹。您的用户登录后发出的邮件不受检查。</translation>
    </message>
    <message>
        <source>installs SpamAssassin, writes /etc/spamassassin/90-mailroom.cf and the options in /etc/default/spamass-milter, starts spamd and spamass-milter, and adds the filter to main.cf (backed up, checked, rolled back if Postfix or SpamAssassin refuses it). Turning it off takes it out of main.cf again.</source>
        <translation>安装 SpamAssassin，写入 /etc/spamassassin/90-mailroom.cf 和 /etc/default/spamass-milter 中的选项，启动 spamd 和 spamass-milter，并把过滤器加入 main.cf（先备份、再检查，Postfix 或 SpamAssassin 拒绝时回滚）。关闭时会把它从 main.cf 中移除。</translation>
    </message>
    <message>
        <source>refuse it while the sender is connected (the sender learns)</source>
        <translation>在发件人连接时拒收（发件人会知道）</translation>
    </message>
    <message>
        <source>deliver it, marked as spam</source>
        <translation>投递，并标记为垃圾邮件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Mark as spam from score:</source>
        <translation>从此分数起标记为垃圾邮件：</translation>
    </message>
    <message>
        <source>From this score on:</source>
        <translation>从此分数起：</translation>
    </message>
    <message>
        <source>Refuse from score:</source>
        <translation>从此分数起拒收：</translation>
    </message>
    <message>
        <source>Subject tag:</source>
        <translation>主题标签：</translation>
    </message>
    <message>
        <source>SpamAssassin is installed. Choose the scores, then Apply.</source>
        <translation>SpamAssassin 已安装。请选择分数，然后点击“应用”。</translation>
    </message>
    <message>
        <source>SpamAssassin is &lt;b&gt;not installed&lt;/b&gt;.</source>
        <translation>SpamAssassin &lt;b&gt;未安装&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>The spam filter is &lt;b&gt;off&lt;/b&gt;: mail is delivered unchecked.</source>
        <translation>垃圾邮件过滤器已&lt;b&gt;关闭&lt;/b&gt;：邮件未经检查即被投递。</translation>
    </message>
    <message>
        <source>The spam filter is &lt;b&gt;on&lt;/b&gt;: spam is marked from score %1 and refused from score %2.</source>
        <translation>垃圾邮件过滤器已&lt;b&gt;开启&lt;/b&gt;：得分达到 %1 的邮件被标记，达到 %2 的被拒收。</translation>
    </message>
    <message>
        <source>The spam filter is &lt;b&gt;on&lt;/b&gt;: spam is marked from score %1 and delivered.</source>
        <translation>垃圾邮件过滤器已&lt;b&gt;开启&lt;/b&gt;：得分达到 %1 的邮件被标记后投递。</translation>
    </message>
    <message>
        <source>The spam filter is on, but %1 is &lt;b&gt;not running&lt;/b&gt;: mail passes unchecked. Apply starts it again.</source>
        <translation>垃圾邮件过滤器已开启，但 %1 &lt;b&gt;未运行&lt;/b&gt;：邮件未经检查即通过。点击“应用”可重新启动它。</translation>
    </message>
    <message>
        <source>Local mail is delivered through Procmail (the users&apos; own rules apply).</source>
        <translation>本地邮件通过 Procmail 投递（用户自己的规则生效）。</translation>
    </message>
    <message>
        <source>Local mail is delivered by Postfix itself.</source>
        <translation>本地邮件由 Postfix 自己投递。</translation>
    </message>
    <message>
        <source>Rules: those SpamAssassin came with.</source>
        <translation>规则：SpamAssassin 自带的规则。</translation>
    </message>
    <message>
        <source>Rules: last updated %1.</source>
        <translation>规则：最近更新于 %1。</translation>
    </message>
    <message>
        <source>The last update failed (no internet?); the rules in use still work.</source>
        <translation>上次更新失败（没有联网？）；正在使用的规则仍然有效。</translation>
    </message>
    <message>
        <source>The score to refuse at (%1) is below the score to mark at (%2): mail would be refused without being marked as spam.</source>
        <translation>拒收分数（%1）低于标记分数（%2）：邮件会在未被标记为垃圾邮件的情况下被拒收。</translation>
    </message>
    <message>
        <source>The subject tag may not contain &apos;#&apos;, &apos;\&apos;, control characters, or start or end with a space.</source>
        <translation>主题标签不能包含“#”、“\”或控制字符，也不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Procmail is not installed.</source>
        <translation>Procmail 未安装。</translation>
    </message>
    <message>
        <source>Done: SpamAssassin checks incoming mail. Postfix was reloaded.</source>
        <translation>完成：SpamAssassin 正在检查收到的邮件。Postfix 已重新加载。</translation>
    </message>
    <message>
        <source>Done. Postfix was reloaded.</source>
        <translation>完成。Postfix 已重新加载。</translation>
    </message>
    <message>
        <source>Install Procmail</source>
        <translation>安装 Procmail</translation>
    </message>
    <message>
        <source>move it to the user&apos;s Spam folder (~/mail/Spam, through Procmail)</source>
        <translation>移到用户的 Spam 文件夹（~/mail/Spam，由 Procmail 投递）</translation>
    </message>
    <message>
        <source>Procmail is installed. Choose how local mail is delivered, then Apply.</source>
        <translation>Procmail 已安装。请选择本地邮件的投递方式，然后点“应用”。</translation>
    </message>
    <message>
        <source>The spam filter is &lt;b&gt;on&lt;/b&gt;: spam is marked from score %1 and moved to the user&apos;s Spam folder from score %2.</source>
        <translation>垃圾邮件过滤器已&lt;b&gt;开启&lt;/b&gt;：得分达到 %1 的邮件标记为垃圾邮件，达到 %2 的移到用户的 Spam 文件夹。</translation>
    </message>
    <message>
        <source>Postfix is not installed yet: the filter and local delivery can be set once it is (step &quot;Install Postfix&quot;).</source>
        <translation>Postfix 尚未安装：安装后（“安装 Postfix”一步）才能设置过滤器和本地投递。</translation>
    </message>
    <message>
        <source>The score to move to the Spam folder from must be a whole number from 1 to %1: SpamAssassin counts whole points in the header Procmail reads.</source>
        <translation>移到 Spam 文件夹的分数必须是 1 到 %1 之间的整数：Procmail 读取的邮件头中，SpamAssassin 只按整分计数。</translation>
    </message>
    <message>
        <source>The score to move at (%1) is below the score to mark at (%2): mail would go to the Spam folder without being marked as spam.</source>
        <translation>移动分数（%1）低于标记分数（%2）：邮件会在未被标记为垃圾邮件的情况下进入 Spam 文件夹。</translation>
    </message>
    <message>
        <source>Move from score:</source>
        <translation>从此分数起移动：</translation>
    </message>
    <message>
        <source>Spam is moved to the Spam folder by Procmail, so local mail goes through it.</source>
        <translation>垃圾邮件由 Procmail 移到 Spam 文件夹，因此本地邮件要经过它投递。</translation>
    </message>
    <message>
        <source>Moving spam to the Spam folder needs Procmail: install it first.</source>
        <translation>把垃圾邮件移到 Spam 文件夹需要 Procmail：请先安装它。</translation>
    </message>
</context>
<context>
    <name>FirewallStep</name>
    <message>
        <source>Firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>Open the firewall</source>
        <translation>开放防火墙</translation>
    </message>
    <message>
        <source>Sending and receiving mail means other machines connect to this one. The firewall must let SMTP connections in, or no mail from outside will arrive.</source>
        <translation>收发邮件意味着其他机器要连接到本机。防火墙必须允许 SMTP 连接进入，否则将收不到任何外部邮件。</translation>
    </message>
    <message>
        <source>adds the checked services to firewalld&apos;s default zone, permanently and right away.</source>
        <translation>将勾选的服务添加到 firewalld 的默认区域，立即生效并永久保留。</translation>
    </message>
    <message>
        <source>SMTP, port 25: other mail servers deliver mail to this one (needed)</source>
        <translation>SMTP，端口 25：其他邮件服务器将邮件投递到本机（必需）</translation>
    </message>
    <message>
        <source>Submission, port 587: your users&apos; mail clients send mail through this server</source>
        <translation>Submission，端口 587：您的用户通过邮件客户端经由本服务器发送邮件</translation>
    </message>
    <message>
        <source>IMAP, port 143: mail clients read mail stored here (needs an IMAP server such as Dovecot)</source>
        <translation>IMAP，端口 143：邮件客户端读取存储在本机上的邮件（需要 Dovecot 等 IMAP 服务器）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your router:&lt;/b&gt; if a router or another firewall sits between this server and the Internet, allow connections to TCP ports &lt;b&gt;25&lt;/b&gt;, &lt;b&gt;143&lt;/b&gt; and &lt;b&gt;587&lt;/b&gt; there, and forward those ports to this machine if it has no public address of its own. Mailroom cannot change the router for you.</source>
        <translation>&lt;b&gt;您的路由器：&lt;/b&gt;如果本服务器与互联网之间还有路由器或其他防火墙，请在其上允许到 TCP 端口 &lt;b&gt;25&lt;/b&gt;、&lt;b&gt;143&lt;/b&gt; 和 &lt;b&gt;587&lt;/b&gt; 的连接；如果本机没有自己的公网地址，还需将这些端口转发到本机。Mailroom 无法替您更改路由器设置。</translation>
    </message>
    <message>
        <source>The firewall state could not be read.</source>
        <translation>无法读取防火墙状态。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>已开放</translation>
    </message>
    <message>
        <source>open until the next reboot only</source>
        <translation>已开放，但仅持续到下次重启</translation>
    </message>
    <message>
        <source>open after the next firewall reload</source>
        <translation>将在防火墙下次重新加载后开放</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>SMTP connections are allowed in.</source>
        <translation>已允许 SMTP 连接进入。</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>已开放</translation>
    </message>
    <message>
        <source>Firewall open</source>
        <translation>防火墙已开放</translation>
    </message>
    <message>
        <source>IMAPS, port 993: the same, encrypted from the first byte (optional)</source>
        <translation>IMAPS，993 端口：同上，但从第一个字节起就加密（可选）</translation>
    </message>
</context>
<context>
    <name>HelperConnection</name>
    <message>
        <source>The SSH connection to %1 was closed.</source>
        <translation>到 %1 的 SSH 连接已关闭。</translation>
    </message>
    <message>
        <source>The SSH connection to %1 was lost: %2</source>
        <translation>到 %1 的 SSH 连接已断开：%2</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed: %2</source>
        <translation>到 %1 的 SSH 连接失败：%2</translation>
    </message>
    <message>
        <source>The SSH connection to %1 ended before the host&apos;s system bus answered. Is systemd-stdio-bridge there (it comes with systemd)?</source>
        <translation>到 %1 的 SSH 连接在该主机的系统总线应答之前就结束了。那里有 systemd-stdio-bridge 吗（它随 systemd 提供）？</translation>
    </message>
    <message>
        <source>Mailroom&apos;s helper on %1 speaks version %2 of Mailroom&apos;s API, and this Mailroom speaks version %3. Install the same Mailroom release on both.</source>
        <translation>%1 上的 Mailroom 辅助程序使用第 %2 版 Mailroom API，而本 Mailroom 使用第 %3 版。请在两边安装相同的 Mailroom 版本。</translation>
    </message>
    <message>
        <source>Mailroom is not installed on %1: its system bus has no Mailroom helper (mailroomd). Install the mailroom package there.</source>
        <translation>%1 上没有安装 Mailroom：其系统总线上没有 Mailroom 辅助程序（mailroomd）。请在那里安装 mailroom 软件包。</translation>
    </message>
    <message>
        <source>%1 did not answer (%2).</source>
        <translation>%1 没有应答（%2）。</translation>
    </message>
    <message>
        <source>Mailroom&apos;s helper on %1 is older: it does not announce its API version (versions before 2), and this Mailroom speaks version %2. Install the same Mailroom release on both.</source>
        <translation>%1 上的 Mailroom 辅助程序较旧：它不公布自己的 API 版本（第 2 版之前），而本 Mailroom 使用第 %2 版。请在两边安装相同的 Mailroom 版本。</translation>
    </message>
    <message>
        <source>No host given.</source>
        <translation>未指定主机。</translation>
    </message>
    <message>
        <source>Cannot create a file for ssh&apos;s messages in %1.</source>
        <translation>无法在 %1 中创建存放 ssh 消息的文件。</translation>
    </message>
    <message>
        <source>Cannot run ssh: %1</source>
        <translation>无法运行 ssh：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>HelperError</name>
    <message>
        <source>You are not allowed to do this. Ask an administrator to add you to the mail administrators, or authenticate when asked.</source>
        <translation>您无权执行此操作。请让管理员把您加入邮件管理员组，或在系统询问时进行身份验证。</translation>
    </message>
    <message>
        <source>The Mailroom system helper (mailroomd) is not available. Is Mailroom installed completely? (%1)</source>
        <translation>Mailroom 特权助手（mailroomd）不可用。Mailroom 是否已完整安装？（%1）</translation>
    </message>
    <message>
        <source>The request was rejected: %1</source>
        <translation>请求被拒绝：%1</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <source>Mailroom&apos;s helper on that host refused: polkit does not count an SSH login as an active local session, and Mailroom&apos;s shipped defaults allow only those. An administrator of the host can allow the group “mailadmin” by copying %1 to /etc/polkit-1/rules.d/.</source>
        <translation>该主机上的 Mailroom 辅助程序拒绝了请求：polkit 不把 SSH 登录算作活动的本地会话，而 Mailroom 自带的默认设置只允许本地会话。该主机的管理员可以把 %1 复制到 /etc/polkit-1/rules.d/，以允许“mailadmin”组。</translation>
    </message>
    <message>
        <source>The connection to Mailroom&apos;s helper was lost (%1).</source>
        <translation>与 Mailroom 辅助程序的连接已断开（%1）。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>HostAddress</name>
    <message>
        <source>No host given: write it as [user@]host[:port].</source>
        <translation>未指定主机：请写成 [用户@]主机[:端口]。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name.</source>
        <translation>“%1”不是用户名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has &quot;[&quot; without &quot;]&quot;.</source>
        <translation>“%1”中有“[”但没有“]”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not [address]:port.</source>
        <translation>“%1”不是 [地址]:端口 的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port after &quot;:&quot;.</source>
        <translation>“%1”的“:”后面没有端口。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>“%1”不是 IPv6 地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>“%1”不是主机名或地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1 to 65535).</source>
        <translation>“%1”不是端口（1 到 65535）。</translation>
    </message>
</context>
<context>
    <name>HostsModel</name>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>reloading</source>
        <translation>正在重新加载</translation>
    </message>
    <message>
        <source>none in 24 h</source>
        <translation>24 小时内无</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Answered in %1 ms</source>
        <translation>%1 毫秒内应答</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>postfix.service: %1</source>
        <translation>postfix.service：%1</translation>
    </message>
    <message>
        <source>Postfix is not installed on %1.</source>
        <translation>%1 上没有安装 Postfix。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait for another delivery attempt.</source>
        <translation>
            <numerusform>%n 封邮件正在等待再次投递。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last message that bounced was for %1.</source>
        <translation>最近一封被退回的邮件收件人是 %1。</translation>
    </message>
    <message>
        <source>No message bounced in the last 24 hours.</source>
        <translation>过去 24 小时内没有邮件被退回。</translation>
    </message>
    <message>
        <source>Postfix offers no certificate on %1.</source>
        <translation>%1 上的 Postfix 没有提供证书。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Postfix</source>
        <translation>Postfix</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已延迟</translation>
    </message>
    <message>
        <source>Last bounce</source>
        <translation>最近退信</translation>
    </message>
    <message>
        <source>Certificate until</source>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>HostsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>The mail hosts you watch, each asked over SSH at the same time. Every host needs Mailroom&apos;s helper and your SSH key; polkit on that host decides what you may see. Open a host (or double-click it) to manage it in a window of its own.</source>
        <translation>你关注的邮件主机，通过 SSH 同时查询每一台。每台主机都需要 Mailroom 的助手程序和你的 SSH 密钥；能看到什么由该主机上的 polkit 决定。打开一台主机（或双击它），即可在单独的窗口中管理它。</translation>
    </message>
    <message>
        <source>user@mail.example.org</source>
        <translation>user@mail.example.org</translation>
    </message>
    <message>
        <source>Host to add</source>
        <translation>要添加的主机</translation>
    </message>
    <message>
        <source>No hosts yet. Add one above as user@host (a port after a colon if sshd listens elsewhere); hosts you connect to with File → Connect to Host… appear here too.</source>
        <translation>还没有主机。请在上方按 user@host 的格式添加一台（如果 sshd 监听其他端口，在冒号后写上端口）；通过“文件 → 连接到主机…”连接过的主机也会出现在这里。</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>At most %1 hosts can be watched: remove one first.</source>
        <translation>最多只能关注 %1 台主机：请先移除一台。</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n host(s)…</source>
        <translation>
            <numerusform>正在连接 %n 台主机…</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) answered in %1 ms at %2.</source>
        <translation>
            <numerusform>%n 台主机在 %1 毫秒内应答（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected.</source>
        <translation>
            <numerusform>%n 台未连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention.</source>
        <translation>
            <numerusform>%n 台需要处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstallControls</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Asking for permission…</source>
        <translation>正在请求授权…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>InstallStep</name>
    <message>
        <source>Install Postfix</source>
        <translation>安装 Postfix</translation>
    </message>
    <message>
        <source>Postfix is the mail transfer agent this assistant sets up: fast, secure and simpler to configure than sendmail.</source>
        <translation>Postfix 是本向导要设置的邮件传输代理（MTA）：快速、安全，且比 sendmail 更易于配置。</translation>
    </message>
    <message>
        <source>installs the postfix package from your distribution. It also creates the system user “postfix” and the file /etc/postfix/main.cf.</source>
        <translation>从您的发行版安装 postfix 软件包。同时还会创建系统用户“postfix”以及文件 /etc/postfix/main.cf。</translation>
    </message>
    <message>
        <source>Postfix &lt;b&gt;%1&lt;/b&gt; is installed.</source>
        <translation>已安装 Postfix &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Postfix is installed.</source>
        <translation>已安装 Postfix。</translation>
    </message>
    <message>
        <source>Postfix is &lt;b&gt;not installed&lt;/b&gt;.</source>
        <translation>Postfix &lt;b&gt;未安装&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Postfix is &lt;b&gt;not installed&lt;/b&gt;; version %1 is available.</source>
        <translation>Postfix &lt;b&gt;未安装&lt;/b&gt;；可安装版本为 %1。</translation>
    </message>
</context>
<context>
    <name>JourneyDetailPane</name>
    <message>
        <source>Select a message to see its log lines.</source>
        <translation>选择一封邮件以查看其日志行。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Diagnosis&lt;/b&gt;</source>
        <translation>&lt;b&gt;诊断&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a message to see what happened to it.</source>
        <translation>选择一封邮件以查看其投递轨迹。</translation>
    </message>
    <message>
        <source>The diagnosis is shown when reading has finished.</source>
        <translation>读取完成后将显示诊断结果。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This is not one of the problems Mailroom recognises; the text above is what Postfix or the other server said.</source>
        <translation>这不是 Mailroom 能识别的问题；上面的文字是 Postfix 或对方服务器给出的原始信息。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
</context>
<context>
    <name>JourneyFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Address or @domain</source>
        <translation>地址或 @域名</translation>
    </message>
    <message>
        <source>From</source>
        <comment>start of a time range</comment>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <comment>end of a time range</comment>
        <translation>到</translation>
    </message>
    <message>
        <source>Search the log lines (queue ID, Message-ID, IP address…)</source>
        <translation>搜索日志行（队列 ID、Message-ID、IP 地址…）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
</context>
<context>
    <name>JourneyModel</name>
    <message>
        <source>In queue</source>
        <translation>在队列中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已延迟</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>已退信</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>中继</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>LintFinding</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>LogFollower</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>LogSourceSet</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not decompress %1</source>
        <translation>无法解压 %1</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>意外的文件结尾</translation>
    </message>
    <message>
        <source>%1 is not a readable gzip file: %2</source>
        <translation>%1 不是可读的 gzip 文件：%2</translation>
    </message>
    <message>
        <source>%1 is a directory, not a log file</source>
        <translation>%1 是目录，不是日志文件</translation>
    </message>
</context>
<context>
    <name>LogSummaryView</name>
    <message>
        <source>≤ 1 s</source>
        <translation>≤ 1 秒</translation>
    </message>
    <message>
        <source>≤ 5 s</source>
        <translation>≤ 5 秒</translation>
    </message>
    <message>
        <source>≤ 30 s</source>
        <translation>≤ 30 秒</translation>
    </message>
    <message>
        <source>≤ 5 min</source>
        <translation>≤ 5 分钟</translation>
    </message>
    <message>
        <source>≤ 1 h</source>
        <translation>≤ 1 小时</translation>
    </message>
    <message>
        <source>≤ 1 day</source>
        <translation>≤ 1 天</translation>
    </message>
    <message>
        <source>&gt; 1 day</source>
        <translation>&gt; 1 天</translation>
    </message>
    <message>
        <source>Show these messages</source>
        <translation>显示这些邮件</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Sending domain</source>
        <translation>发件域</translation>
    </message>
    <message>
        <source>Recipient domain</source>
        <translation>收件域</translation>
    </message>
    <message>
        <source>Top senders</source>
        <translation>发件最多的发件人</translation>
    </message>
    <message>
        <source>Top recipients</source>
        <translation>收件最多的收件人</translation>
    </message>
    <message>
        <source>Top sending domains</source>
        <translation>发件最多的域</translation>
    </message>
    <message>
        <source>Top recipient domains</source>
        <translation>收件最多的域</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Click a row to show its messages</source>
        <translation>单击某一行可显示其邮件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已延迟</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>已退信</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>每小时邮件数</translation>
    </message>
    <message>
        <source>Deferred attempts</source>
        <translation>延迟的投递尝试</translation>
    </message>
    <message>
        <source>Rejects and reject warnings</source>
        <translation>拒绝及拒绝警告</translation>
    </message>
    <message>
        <source>Delivery delay</source>
        <translation>投递延迟</translation>
    </message>
    <message>
        <source>Delivered messages</source>
        <translation>已投递的邮件</translation>
    </message>
    <message>
        <source>Rejects by reason</source>
        <translation>按原因统计的拒绝</translation>
    </message>
    <message>
        <source>SpamAssassin: %1 scanned, %2 spam delivered tagged, %3 spam rejected</source>
        <translation>SpamAssassin：检查 %1 封，垃圾邮件加标记投递 %2 封，拒收 %3 封</translation>
    </message>
</context>
<context>
    <name>LoginAnalysis</name>
    <message>
        <source>login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>SMTP (25)</source>
        <translation>SMTP（25）</translation>
    </message>
    <message>
        <source>submission (587)</source>
        <translation>提交服务（587）</translation>
    </message>
    <message>
        <source>submission (465)</source>
        <translation>提交服务（465）</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>IMAP (993)</source>
        <translation>IMAP（993）</translation>
    </message>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>Password guessing</source>
        <translation>密码猜测</translation>
    </message>
    <message>
        <source>Wrong password (%1)</source>
        <translation>密码错误（%1）</translation>
    </message>
    <message>
        <source>Unknown user (%1)</source>
        <translation>未知用户（%1）</translation>
    </message>
    <message>
        <source>TLS required (%1)</source>
        <translation>需要 TLS（%1）</translation>
    </message>
    <message>
        <source>Password without TLS refused (%1)</source>
        <translation>拒绝未加密的密码（%1）</translation>
    </message>
    <message>
        <source>Sent without logging in (%1)</source>
        <translation>未登录即发信（%1）</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>System journal</source>
        <translation>系统日志 journal</translation>
    </message>
    <message>
        <source>System log file</source>
        <translation>系统日志文件</translation>
    </message>
    <message>
        <source>Where to read the mail log from</source>
        <translation>从何处读取邮件日志</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Open log file…</source>
        <translation>打开日志文件…</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>实时跟踪</translation>
    </message>
    <message>
        <source>Show new log lines as they are written</source>
        <translation>新日志行写入时立即显示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Show the lines that are not syslog lines</source>
        <translation>显示不是 syslog 格式的行</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Unparsed lines</source>
        <translation>未解析的行</translation>
    </message>
    <message>
        <source>Open Log File</source>
        <translation>打开日志文件</translation>
    </message>
    <message>
        <source>Log files (*log* *.gz);;All files (*)</source>
        <translation>日志文件 (*log* *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The chart adds up %1:00–%1:59 of every day; showing all days.</source>
        <translation>图表汇总的是每天 %1:00–%1:59 的数据；正在显示所有日期。</translation>
    </message>
    <message>
        <source>Delay over %1 s</source>
        <translation>延迟超过 %1 秒</translation>
    </message>
    <message>
        <source>Delay up to %1 s</source>
        <translation>延迟不超过 %1 秒</translation>
    </message>
    <message>
        <source>Cannot create a temporary file for the journal: %1</source>
        <translation>无法为日志创建临时文件：%1</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <source>Cannot write the journal&apos;s lines to %1: %2</source>
        <translation>无法将日志行写入 %1：%2</translation>
    </message>
    <message>
        <source>There is no /var/log/maillog or /var/log/mail.log on this system. Postfix may log to the journal only: choose &quot;System journal&quot;.</source>
        <translation>本系统上没有 /var/log/maillog 或 /var/log/mail.log。Postfix 可能只将日志写入 journal：请选择“系统日志 journal”。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>Reading canceled: %n message(s) so far</source>
        <translation>
            <numerusform>读取已取消：目前已读取 %n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a source and click Read.</source>
        <translation>请选择来源，然后单击“读取”。</translation>
    </message>
    <message>
        <source>%1 messages in %2 lines</source>
        <translation>%2 行中共有 %1 封邮件</translation>
    </message>
    <message>
        <source>Unparsed lines: %1</source>
        <translation>未解析的行：%1</translation>
    </message>
    <message>
        <source>Unparsed lines (%1)</source>
        <translation>未解析的行（%1）</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 还有 %1 行</translation>
    </message>
    <message>
        <source>No message with queue id %1 in this log.</source>
        <translation>此日志中没有队列 ID 为 %1 的邮件。</translation>
    </message>
    <message>
        <source>Open local log file…</source>
        <translation>打开本地日志文件…</translation>
    </message>
    <message>
        <source>%1&apos;s log files cannot be read from here: choose &quot;System journal&quot;, which the helper on %1 reads.</source>
        <translation>无法从这里读取 %1 的日志文件：请选择“系统日志 journal”，由 %1 上的辅助程序读取。</translation>
    </message>
    <message>
        <source>Local file: %1</source>
        <translation>本地文件：%1</translation>
    </message>
</context>
<context>
    <name>MailAccessStep</name>
    <message>
        <source>Mail programs</source>
        <translation>邮件程序</translation>
    </message>
    <message>
        <source>Install Dovecot</source>
        <translation>安装 Dovecot</translation>
    </message>
    <message>
        <source>Sending on port 587 (submission): STARTTLS, then a login with the user&apos;s own system password</source>
        <translation>通过 587 端口发信（邮件提交）：先 STARTTLS，再用用户自己的系统密码登录</translation>
    </message>
    <message>
        <source>Reading with IMAP on port 143: STARTTLS required before the login</source>
        <translation>通过 143 端口的 IMAP 读信：登录前必须 STARTTLS</translation>
    </message>
    <message>
        <source>Reading with IMAP on port 993 as well (TLS from the first byte)</source>
        <translation>同时通过 993 端口的 IMAP 读信（从第一个字节起即为 TLS）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Your users can send and read their mail with Thunderbird, KMail or a phone: they send through port 587 after logging in, and read their mailbox (/var/mail/USER) with IMAP. Everything is encrypted with the certificate of the previous step; the login is the user&apos;s name and password on this machine, checked by Dovecot.</source>
        <translation>用户可以用 Thunderbird、KMail 或手机收发邮件：登录后通过 587 端口发信，用 IMAP 读取自己的邮箱（/var/mail/用户名）。全部通信都用上一步的证书加密；登录名和密码就是用户在本机上的用户名和密码，由 Dovecot 核对。</translation>
    </message>
    <message>
        <source>installs Dovecot, writes /etc/dovecot/conf.d/99-mailroom.conf and adds the submission service to master.cf (backed up, checked, rolled back if Postfix or Dovecot refuses it). Open ports 587 and 143 in the Firewall step.</source>
        <translation>安装 Dovecot，写入 /etc/dovecot/conf.d/99-mailroom.conf，并在 master.cf 中加入 submission 服务（先备份、再检查，Postfix 或 Dovecot 不接受时回滚）。请在“防火墙”一步中开放 587 和 143 端口。</translation>
    </message>
    <message>
        <source>Dovecot is installed. Choose what your users may do, then Apply.</source>
        <translation>Dovecot 已安装。请选择允许用户做什么，然后点击“应用”。</translation>
    </message>
    <message>
        <source>Postfix has &lt;b&gt;no certificate&lt;/b&gt; yet: make one in the step “Encryption (TLS)” first — mail programs may only log in over TLS.</source>
        <translation>Postfix 还&lt;b&gt;没有证书&lt;/b&gt;：请先在“加密（TLS）”一步中生成一个——邮件程序只能通过 TLS 登录。</translation>
    </message>
    <message>
        <source>Dovecot is &lt;b&gt;not installed&lt;/b&gt;. It checks the passwords for sending and serves IMAP.</source>
        <translation>Dovecot &lt;b&gt;未安装&lt;/b&gt;。它负责核对发信时的密码并提供 IMAP 服务。</translation>
    </message>
    <message>
        <source>Dovecot is installed and running.</source>
        <translation>Dovecot 已安装并在运行。</translation>
    </message>
    <message>
        <source>Dovecot is installed, not running.</source>
        <translation>Dovecot 已安装，但未运行。</translation>
    </message>
    <message>
        <source>Sending on port 587: &lt;b&gt;off&lt;/b&gt;.</source>
        <translation>587 端口发信：&lt;b&gt;关闭&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Sending on port 587: &lt;b&gt;on&lt;/b&gt;, STARTTLS and login required.</source>
        <translation>587 端口发信：&lt;b&gt;开启&lt;/b&gt;，要求 STARTTLS 和登录。</translation>
    </message>
    <message>
        <source>Sending on port 587: on, but &lt;b&gt;without&lt;/b&gt; TLS or login required — Apply makes it require both.</source>
        <translation>587 端口发信：已开启，但&lt;b&gt;不&lt;/b&gt;要求 TLS 或登录——点击“应用”后两者都会被要求。</translation>
    </message>
    <message>
        <source>Reading with IMAP: &lt;b&gt;off&lt;/b&gt;.</source>
        <translation>IMAP 读信：&lt;b&gt;关闭&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Reading with IMAP: &lt;b&gt;on&lt;/b&gt; (port %1).</source>
        <translation>IMAP 读信：&lt;b&gt;开启&lt;/b&gt;（端口 %1）。</translation>
    </message>
    <message>
        <source>Dovecot&apos;s login service for Postfix is missing: logins on port 587 fail. Apply again.</source>
        <translation>Dovecot 为 Postfix 提供的登录服务不存在：587 端口的登录会失败。请再次点击“应用”。</translation>
    </message>
    <message>
        <source>Done: mail programs can connect now. Dovecot restarted and Postfix reloaded.</source>
        <translation>完成：邮件程序现在可以连接了。Dovecot 已重启，Postfix 已重新加载。</translation>
    </message>
    <message>
        <source>Done. Dovecot restarted and Postfix reloaded.</source>
        <translation>完成。Dovecot 已重启，Postfix 已重新加载。</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <source>Mailbox</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Indexing %p%</source>
        <translation>正在索引 %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>撰写</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation>全部回复</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>Mark unread</source>
        <translation>标记为未读</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undelete</source>
        <translation>取消删除</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Expunge</source>
        <translation>清除已删除邮件</translation>
    </message>
    <message>
        <source>Remove the messages marked as deleted from the mailbox for good</source>
        <translation>从邮箱中永久移除已标记为删除的邮件</translation>
    </message>
    <message>
        <source>Search subject, from and to</source>
        <translation>搜索主题、发件人和收件人</translation>
    </message>
    <message>
        <source>Also search message bodies</source>
        <translation>同时搜索邮件正文</translation>
    </message>
    <message>
        <source>Show threads</source>
        <translation>显示会话</translation>
    </message>
    <message>
        <source>Asking the helper for %1&apos;s mailbox…</source>
        <translation>正在向特权助手请求 %1 的邮箱…</translation>
    </message>
    <message>
        <source>Could not open %1&apos;s mailbox: %2</source>
        <translation>无法打开 %1 的邮箱：%2</translation>
    </message>
    <message>
        <source>Could not read %1&apos;s mailbox: %2</source>
        <translation>无法读取 %1 的邮箱：%2</translation>
    </message>
    <message>
        <source>Could not copy %1&apos;s mailbox: %2</source>
        <translation>无法复制 %1 的邮箱：%2</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox</source>
        <translation>%1 的邮箱</translation>
    </message>
    <message>
        <source>This is %1&apos;s mailbox, read through the helper.</source>
        <translation>这是 %1 的邮箱，通过特权助手读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) shown</source>
        <translation>
            <numerusform>显示 %n 封邮件中的 %1 封</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation>无法读取邮件：%1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Message handed to sendmail.</source>
        <translation>邮件已交给 sendmail。</translation>
    </message>
    <message>
        <source>Searching message bodies %p%</source>
        <translation>正在搜索邮件正文 %p%</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>标记为垃圾邮件</translation>
    </message>
    <message>
        <source>Teach your SpamAssassin filter that the selected messages are spam</source>
        <translation>告诉您的 SpamAssassin 过滤器：所选邮件是垃圾邮件</translation>
    </message>
    <message>
        <source>Not spam</source>
        <translation>不是垃圾邮件</translation>
    </message>
    <message>
        <source>Teach your SpamAssassin filter that the selected messages are wanted mail</source>
        <translation>告诉您的 SpamAssassin 过滤器：所选邮件是正常邮件</translation>
    </message>
    <message>
        <source>Learning spam %v/%m</source>
        <translation>正在学习垃圾邮件 %v/%m</translation>
    </message>
    <message>
        <source>Learning wanted mail %v/%m</source>
        <translation>正在学习正常邮件 %v/%m</translation>
    </message>
    <message>
        <source>Delivery rules…</source>
        <translation>投递规则…</translation>
    </message>
    <message>
        <source>%1 read</source>
        <translation>已读取 %1</translation>
    </message>
    <message>
        <source>Reading the mailbox was cancelled.</source>
        <translation>已取消读取邮箱。</translation>
    </message>
    <message>
        <source>Not available in a window for %1: this acts on this computer.</source>
        <translation>在 %1 的窗口中不可用：此操作作用于本计算机。</translation>
    </message>
    <message>
        <source>Not available for a mailbox on another host: it is a read-only copy.</source>
        <translation>对另一台主机上的邮箱不可用：这是只读副本。</translation>
    </message>
    <message>
        <source>Reading %1&apos;s mailbox from %2…</source>
        <translation>正在从 %2 读取 %1 的邮箱…</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox on %2</source>
        <translation>%2 上 %1 的邮箱</translation>
    </message>
    <message>
        <source>This is a copy of %1&apos;s mailbox on %2, read through the helper there. Marking, deleting and expunging change the mailbox file itself, so they are not available for a mailbox on another host.</source>
        <translation>这是 %2 上 %1 的邮箱的副本，通过那里的辅助程序读取。标记、删除和清除会更改邮箱文件本身，因此对另一台主机上的邮箱不可用。</translation>
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
        <source>%1 is running as this machine&apos;s mail server. Postfix is not installed.</source>
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
    <name>MailboxAccess</name>
    <message>
        <source>Opened read-only.</source>
        <translation>已以只读方式打开。</translation>
    </message>
    <message>
        <source>Read-only: you may not write to this mailbox file.</source>
        <translation>只读：您无权写入此邮箱文件。</translation>
    </message>
    <message>
        <source>Read-only: another program (mail delivery or a mail reader) has locked this mailbox. Try again in a moment.</source>
        <translation>只读：另一个程序（邮件投递程序或邮件阅读器）已锁定此邮箱。请稍后重试。</translation>
    </message>
    <message>
        <source>Read-only: the mailbox was changed by another program. Reload it before changing messages.</source>
        <translation>只读：此邮箱已被另一个程序修改。请先重新加载，再修改邮件。</translation>
    </message>
    <message>
        <source>Read-only: this file is not in mbox format.</source>
        <translation>只读：此文件不是 mbox 格式。</translation>
    </message>
    <message>
        <source>Read-only: the folder of this mailbox does not let you create the lock file that mail delivery respects, and no dotlockfile helper can create it for you.</source>
        <translation>只读：此邮箱所在的文件夹不允许您创建邮件投递程序所遵循的锁文件，也没有可替您创建锁文件的 dotlockfile 辅助程序。</translation>
    </message>
</context>
<context>
    <name>MailboxLock</name>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>无法创建锁文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the mailbox %1: %2</source>
        <translation>无法打开邮箱 %1：%2</translation>
    </message>
    <message>
        <source>Cannot lock the mailbox %1: %2</source>
        <translation>无法锁定邮箱 %1：%2</translation>
    </message>
    <message>
        <source>The mailbox %1 is locked by another program.</source>
        <translation>邮箱 %1 已被另一个程序锁定。</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
</context>
<context>
    <name>MaildirStore</name>
    <message>
        <source>%1 is not a Maildir (it has no cur and new folders).</source>
        <translation>%1 不是 Maildir（它没有 cur 和 new 文件夹）。</translation>
    </message>
    <message>
        <source>Cannot read the Maildir %1: %2</source>
        <translation>无法读取 Maildir %1：%2</translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation>索引已取消。</translation>
    </message>
    <message>
        <source>The message was moved or deleted by another program; reload the Maildir.</source>
        <translation>该邮件已被另一个程序移动或删除；请重新加载此 Maildir。</translation>
    </message>
    <message>
        <source>Not a message of this Maildir.</source>
        <translation>不是此 Maildir 中的邮件。</translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation>无法重命名 %1：%2</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>Mailroom::ComposeDialog</name>
    <message>
        <source>Compose message</source>
        <translation>撰写邮件</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Enter at least one recipient.</source>
        <translation>请至少输入一个收件人。</translation>
    </message>
    <message>
        <source>%1 is not installed: no mail transfer agent to send with.</source>
        <translation>%1 未安装：没有可用于发送邮件的邮件传输代理（MTA）。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>sendmail crashed; the message may not have been sent. %1</source>
        <translation>sendmail 崩溃；邮件可能未发送。%1</translation>
    </message>
    <message>
        <source>sendmail exited with status %1; the message was not sent. %2</source>
        <translation>sendmail 以状态 %1 退出；邮件未发送。%2</translation>
    </message>
    <message>
        <source>Sent: sendmail accepted the message (exit status 0).</source>
        <translation>已发送：sendmail 已接受该邮件（退出状态 0）。</translation>
    </message>
</context>
<context>
    <name>Mailroom::Config::MasterCfModel</name>
    <message>
        <source>Commented out (line %1): remove the leading # of the service line and its -o lines to enable it.</source>
        <translation>已注释掉（第 %1 行）：删除服务行及其 -o 行开头的 # 即可启用。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Unpriv</source>
        <translation>非特权</translation>
    </message>
    <message>
        <source>Chroot</source>
        <translation>Chroot</translation>
    </message>
    <message>
        <source>Wakeup</source>
        <translation>唤醒</translation>
    </message>
    <message>
        <source>Maxproc</source>
        <translation>最大进程数</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>-o overrides</source>
        <translation>-o 覆盖参数</translation>
    </message>
</context>
<context>
    <name>Mailroom::ConfigEditor</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Set in file</source>
        <translation>文件中设置</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Search parameters…</source>
        <translation>搜索参数…</translation>
    </message>
    <message>
        <source>Waiting for the list of parameters from the installed Postfix…</source>
        <translation>正在等待已安装 Postfix 的参数列表…</translation>
    </message>
    <message numerus="yes">
        <source>%n parameters from “postconf -d” of the installed Postfix; descriptions from its postconf(5) manual page. Click one to go to its line, or to add it with its default value.</source>
        <translation>
            <numerusform>来自已安装 Postfix 的“postconf -d”的 %n 个参数；说明取自其 postconf(5) 手册页。点击一个参数可跳到它所在的行，或以默认值添加它。</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>Mailroom::MailboxMenu</name>
    <message>
        <source>My Maildir (%1)</source>
        <translation>我的 Maildir（%1）</translation>
    </message>
    <message>
        <source>Open mbox file…</source>
        <translation>打开 mbox 文件…</translation>
    </message>
    <message>
        <source>Open Maildir folder…</source>
        <translation>打开 Maildir 文件夹…</translation>
    </message>
    <message>
        <source>Other user&apos;s mailbox…</source>
        <translation>其他用户的邮箱…</translation>
    </message>
    <message>
        <source>My mail spool (%1)</source>
        <translation>我的邮件池（%1）</translation>
    </message>
    <message>
        <source>Open mbox file</source>
        <translation>打开 mbox 文件</translation>
    </message>
    <message>
        <source>Open Maildir folder</source>
        <translation>打开 Maildir 文件夹</translation>
    </message>
    <message>
        <source>%1 is not a Maildir: it has no cur/, new/ and tmp/ folders.</source>
        <translation>%1 不是 Maildir：它没有 cur/、new/ 和 tmp/ 文件夹。</translation>
    </message>
    <message>
        <source>Other user&apos;s mailbox</source>
        <translation>其他用户的邮箱</translation>
    </message>
    <message>
        <source>User name (the mailbox opens read-only):</source>
        <translation>用户名（邮箱将以只读方式打开）：</translation>
    </message>
    <message>
        <source>%1 (~/mail/%1)</source>
        <translation>%1（~/mail/%1）</translation>
    </message>
    <message>
        <source>%1&apos;s mailbox on %2</source>
        <translation>%2 上 %1 的邮箱</translation>
    </message>
    <message>
        <source>Other user&apos;s mailbox on %1…</source>
        <translation>%1 上其他用户的邮箱…</translation>
    </message>
</context>
<context>
    <name>Mailroom::MailboxWriter</name>
    <message numerus="yes">
        <source>%n message(s) removed.</source>
        <translation>
            <numerusform>已移除 %n 封邮件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>更改已保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) arrived meanwhile and were kept.</source>
        <translation>
            <numerusform>在此期间收到了 %n 封新邮件，已予以保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>没有需要写入的内容。</translation>
    </message>
    <message>
        <source>A copy of the old mailbox was kept at %1.</source>
        <translation>旧邮箱的副本已保留在 %1。</translation>
    </message>
</context>
<context>
    <name>Mailroom::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SpamAssassin: spam</source>
        <translation>SpamAssassin：垃圾邮件</translation>
    </message>
    <message>
        <source>SpamAssassin: not spam</source>
        <translation>SpamAssassin：不是垃圾邮件</translation>
    </message>
    <message>
        <source>SpamAssassin: spam (score %1)</source>
        <translation>SpamAssassin：垃圾邮件（得分 %1）</translation>
    </message>
    <message>
        <source>SpamAssassin: not spam (score %1)</source>
        <translation>SpamAssassin：不是垃圾邮件（得分 %1）</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>垃圾邮件</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>垃圾邮件</translation>
    </message>
</context>
<context>
    <name>Mailroom::MessageView</name>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Raw source</source>
        <translation>原始源码</translation>
    </message>
    <message>
        <source>&lt;i&gt;No message selected.&lt;/i&gt;</source>
        <translation>&lt;i&gt;未选择邮件。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>垃圾邮件</translation>
    </message>
    <message>
        <source>not spam</source>
        <translation>不是垃圾邮件</translation>
    </message>
    <message>
        <source>spam, score %1 (%2 or more is spam)</source>
        <translation>垃圾邮件，得分 %1（%2 分及以上为垃圾邮件）</translation>
    </message>
    <message>
        <source>not spam, score %1 (%2 or more is spam)</source>
        <translation>不是垃圾邮件，得分 %1（%2 分及以上为垃圾邮件）</translation>
    </message>
    <message>
        <source>SpamAssassin:</source>
        <translation>SpamAssassin：</translation>
    </message>
    <message numerus="yes">
        <source>Mailroom shows the first %n character(s) of this message&apos;s text here (it has %1).</source>
        <translation>
            <numerusform>此处只显示这封邮件正文的前 %n 个字符（共 %1 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>[Mailroom shows the first %1 of this message&apos;s %2 here.]</source>
        <translation>[此处只显示这封邮件 %2 中的前 %1。]</translation>
    </message>
</context>
<context>
    <name>Mailroom::RemoteMailboxCopy</name>
    <message>
        <source>Cannot create a temporary file for %1&apos;s mailbox: %2</source>
        <translation>无法为 %1 的邮箱创建临时文件：%2</translation>
    </message>
    <message>
        <source>Cannot write the copy of %1&apos;s mailbox: %2</source>
        <translation>无法写入 %1 的邮箱副本：%2</translation>
    </message>
</context>
<context>
    <name>Mailroom::RulesDialog</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Test with a message…</source>
        <translation>用一封邮件测试…</translation>
    </message>
    <message>
        <source>Delivery rules</source>
        <translation>投递规则</translation>
    </message>
    <message>
        <source>Discard mail</source>
        <translation>丢弃邮件</translation>
    </message>
    <message>
        <source>Rules run in order when mail is delivered to you through procmail; the first that matches decides. They are kept in %1, beside any recipes you wrote yourself.</source>
        <translation>邮件通过 procmail 投递给您时，规则按顺序执行；由第一条匹配的规则决定去向。规则保存在 %1 中，与您自己编写的配方并存。</translation>
    </message>
    <message>
        <source>From contains</source>
        <translation>发件人包含</translation>
    </message>
    <message>
        <source>To or Cc contains</source>
        <translation>收件人或抄送包含</translation>
    </message>
    <message>
        <source>Subject contains</source>
        <translation>主题包含</translation>
    </message>
    <message>
        <source>A header contains</source>
        <translation>某个邮件头包含</translation>
    </message>
    <message>
        <source>The spam flag is set</source>
        <translation>带有垃圾邮件标记</translation>
    </message>
    <message>
        <source>Header name, e.g. List-Id</source>
        <translation>邮件头名称，例如 List-Id</translation>
    </message>
    <message>
        <source>Text (matched literally, ignoring case)</source>
        <translation>文本（按字面匹配，不区分大小写）</translation>
    </message>
    <message>
        <source>Move to folder</source>
        <translation>移到文件夹</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>转发给</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>当：</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>则：</translation>
    </message>
    <message>
        <source>The recipes procmail runs:</source>
        <translation>procmail 执行的配方：</translation>
    </message>
    <message>
        <source>Folder under ~/mail, e.g. Spam</source>
        <translation>~/mail 下的文件夹，例如 Spam</translation>
    </message>
    <message>
        <source>Address, e.g. bob@example.org</source>
        <translation>地址，例如 bob@example.org</translation>
    </message>
    <message>
        <source>(Rules as shown here, not yet saved.)</source>
        <translation>（按此处显示的规则，尚未保存。）</translation>
    </message>
    <message>
        <source>Test with a message</source>
        <translation>用一封邮件测试</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>邮件 (*.eml *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Mail matching these rules will be thrown away for good, without a copy:

%1

Save anyway?</source>
        <translation>符合这些规则的邮件将被永久丢弃，不留副本：

%1

仍要保存吗？</translation>
    </message>
</context>
<context>
    <name>Mailroom::SmtpLoginCheck</name>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>Connecting to %1, port %2…</source>
        <translation>正在连接 %1，端口 %2…</translation>
    </message>
    <message>
        <source>Connected; waiting for the server&apos;s greeting…</source>
        <translation>已连接；正在等待服务器的问候信息…</translation>
    </message>
    <message>
        <source>Asking what the server offers (EHLO)…</source>
        <translation>正在询问服务器支持哪些功能（EHLO）…</translation>
    </message>
    <message>
        <source>Starting encryption (TLS)…</source>
        <translation>正在启动加密（TLS）…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>在建立连接时</translation>
    </message>
    <message>
        <source>while waiting for the greeting</source>
        <translation>在等待问候信息时</translation>
    </message>
    <message>
        <source>after EHLO</source>
        <translation>在 EHLO 之后</translation>
    </message>
    <message>
        <source>after STARTTLS</source>
        <translation>在 STARTTLS 之后</translation>
    </message>
    <message>
        <source>during the TLS handshake</source>
        <translation>在 TLS 握手期间</translation>
    </message>
    <message>
        <source>during the login</source>
        <translation>在登录期间</translation>
    </message>
    <message>
        <source>(encrypted: %1, %2)</source>
        <translation>（已加密：%1，%2）</translation>
    </message>
    <message>
        <source>the server sent data before the TLS handshake</source>
        <translation>服务器在 TLS 握手之前发送了数据</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>意外的应答</translation>
    </message>
    <message>
        <source>the server sent data after agreeing to STARTTLS</source>
        <translation>服务器在同意 STARTTLS 之后又发送了数据</translation>
    </message>
    <message>
        <source>the CRAM-MD5 challenge is not valid base64</source>
        <translation>CRAM-MD5 质询不是有效的 base64 编码</translation>
    </message>
</context>
<context>
    <name>Mailroom::SpamLearner</name>
    <message>
        <source>SpamAssassin is still learning from the messages before.</source>
        <translation>SpamAssassin 仍在学习之前的邮件。</translation>
    </message>
    <message>
        <source>SpamAssassin is not installed (sa-learn was not found).</source>
        <translation>未安装 SpamAssassin（找不到 sa-learn）。</translation>
    </message>
    <message>
        <source>No messages selected.</source>
        <translation>未选择邮件。</translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Could not write a temporary file: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
    <message>
        <source>Could not run sa-learn: %1</source>
        <translation>无法运行 sa-learn：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; SpamAssassin learned from %n message(s) before that.</source>
        <translation>
            <numerusform>已取消；在此之前 SpamAssassin 已学习了 %n 封邮件。</numerusform>
        </translation>
    </message>
    <message>
        <source>sa-learn exited with status %1</source>
        <translation>sa-learn 以状态 %1 退出</translation>
    </message>
    <message>
        <source>SpamAssassin could not learn: %1</source>
        <translation>SpamAssassin 无法学习：%1</translation>
    </message>
    <message>
        <source>SpamAssassin had already learned from these messages.</source>
        <translation>SpamAssassin 已经学习过这些邮件。</translation>
    </message>
    <message numerus="yes">
        <source>SpamAssassin learned from %n message(s); it already knew the others.</source>
        <translation>
            <numerusform>SpamAssassin 学习了 %n 封邮件；其余的它已经学习过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SpamAssassin learned from %n message(s).</source>
        <translation>
            <numerusform>SpamAssassin 学习了 %n 封邮件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailroom::TestMailTracker</name>
    <message>
        <source>No delivery result in time; the message may still be in the queue. Check the mail log.</source>
        <translation>未能及时获得投递结果；邮件可能仍在队列中。请查看邮件日志。</translation>
    </message>
</context>
<context>
    <name>MainCf</name>
    <message>
        <source>Line %1: a value without a parameter name.</source>
        <translation>第 %1 行：有值但没有参数名。</translation>
    </message>
    <message>
        <source>Line %1: “%2” has no “=” after the parameter name; Postfix refuses to start with this line.</source>
        <translation>第 %1 行：“%2”的参数名后没有“=”；Postfix 遇到此行将拒绝启动。</translation>
    </message>
    <message>
        <source>Line %1: %2 is set again; the earlier value “%3” is ignored.</source>
        <translation>第 %1 行：%2 被再次设置；之前的值“%3”将被忽略。</translation>
    </message>
    <message>
        <source>Line %1: an indented line that continues no parameter is ignored.</source>
        <translation>第 %1 行：未延续任何参数的缩进行将被忽略。</translation>
    </message>
</context>
<context>
    <name>MainCfLinter</name>
    <message>
        <source>%1 is set again on line %2. Postfix uses only the last value (“%3”); this one (“%4”) is ignored.</source>
        <translation>%1 在第 %2 行再次被设置。Postfix 只使用最后一个值（“%3”）；此处的值（“%4”）被忽略。</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>The value repeats the parameter name: Postfix reads “%1 =” as part of the value of %1, which is then “%2”.</source>
        <translation>值中重复了参数名：Postfix 会把“%1 =”当作 %1 的值的一部分，于是它的值成了“%2”。</translation>
    </message>
    <message>
        <source>Remove the repeated “%1 =”</source>
        <translation>删除重复的“%1 =”</translation>
    </message>
    <message>
        <source>%1 was removed from Postfix (since version %2) and has no effect; delete the line.</source>
        <translation>%1 已从 Postfix 中移除（自 %2 版起），不起任何作用；请删除此行。</translation>
    </message>
    <message>
        <source>%1 is obsolete since Postfix %2 and will be removed; delete the line.</source>
        <translation>%1 自 Postfix %2 起已过时，将被移除；请删除此行。</translation>
    </message>
    <message>
        <source>%1 is no longer known to Postfix (replaced in version %2); Postfix ignores it. Use %3 instead.</source>
        <translation>Postfix 已不再认识 %1（在 %2 版中被替代），会忽略它。请改用 %3。</translation>
    </message>
    <message>
        <source>%1 is obsolete since Postfix %2 and will be removed; use %3 instead.</source>
        <translation>%1 自 Postfix %2 起已过时，将被移除；请改用 %3。</translation>
    </message>
    <message>
        <source>Replace with “%1”</source>
        <translation>替换为“%1”</translation>
    </message>
    <message>
        <source>Postfix does not know the parameter %1. It only logs a warning (“unused parameter”) and ignores the line, so the setting has no effect.</source>
        <translation>Postfix 不认识参数 %1。它只记录一条警告（“unused parameter”）并忽略此行，因此该设置不起作用。</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是指 %1 吗？</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>改名为 %1</translation>
    </message>
    <message>
        <source>$%1 refers to a parameter that is neither set in this file nor known to Postfix; Postfix replaces it with an empty value.</source>
        <translation>$%1 引用的参数既没有在此文件中设置，Postfix 也不认识；Postfix 会把它替换为空值。</translation>
    </message>
    <message>
        <source>%1 takes yes or no; Postfix stops with “bad boolean configuration” on “%2”.</source>
        <translation>%1 只接受 yes 或 no；遇到“%2”时 Postfix 会以“bad boolean configuration”错误停止。</translation>
    </message>
    <message>
        <source>%1 takes a time: a whole number with an optional unit s (seconds), m (minutes), h (hours), d (days) or w (weeks), like its default %2. Postfix stops with a fatal error on “%3”.</source>
        <translation>%1 接受一个时间：整数，可带单位 s（秒）、m（分）、h（时）、d（天）或 w（周），例如其默认值 %2。遇到“%3”时 Postfix 会因致命错误停止。</translation>
    </message>
    <message>
        <source>%1 takes a whole number, like its default %2. Postfix stops with a fatal error on “%3”.</source>
        <translation>%1 接受一个整数，例如其默认值 %2。遇到“%3”时 Postfix 会因致命错误停止。</translation>
    </message>
    <message>
        <source>Sizes are in bytes without a unit: %1 is %2.</source>
        <translation>大小以字节为单位，不带单位符号：%1 即 %2。</translation>
    </message>
    <message>
        <source>The table file %1 does not exist; Postfix fails to open %2 and defers the mail that needs it.</source>
        <translation>查找表文件 %1 不存在；Postfix 无法打开 %2，需要它的邮件会被推迟投递。</translation>
    </message>
    <message>
        <source>Run postmap</source>
        <translation>运行 postmap</translation>
    </message>
    <message>
        <source>Neither %1 nor its compiled form %2 exists; Postfix fails to open %3 and defers the mail that needs it.</source>
        <translation>%1 及其编译后的 %2 都不存在；Postfix 无法打开 %3，需要它的邮件会被推迟投递。</translation>
    </message>
    <message>
        <source>%1 has never been compiled: %2 is missing, so Postfix fails to open %3. Run “newaliases”.</source>
        <translation>%1 从未被编译：缺少 %2，因此 Postfix 无法打开 %3。请运行“newaliases”。</translation>
    </message>
    <message>
        <source>%1 has never been compiled: %2 is missing, so Postfix fails to open %3. Run “postmap %3”.</source>
        <translation>%1 从未被编译：缺少 %2，因此 Postfix 无法打开 %3。请运行“postmap %3”。</translation>
    </message>
    <message>
        <source>The source file %1 is gone; Postfix still reads %2, but the table can no longer be changed or rebuilt.</source>
        <translation>源文件 %1 已不存在；Postfix 仍读取 %2，但此表已无法修改或重建。</translation>
    </message>
    <message>
        <source>%1 was changed after %2 was built; Postfix still uses the old aliases until “newaliases” runs.</source>
        <translation>%1 在 %2 生成之后被修改过；在运行“newaliases”之前，Postfix 仍使用旧的别名。</translation>
    </message>
    <message>
        <source>%1 was changed after %2 was built; Postfix still uses the old contents until “postmap %3” runs.</source>
        <translation>%1 在 %2 生成之后被修改过；在运行“postmap %3”之前，Postfix 仍使用旧的内容。</translation>
    </message>
    <message>
        <source>%1 in mynetworks lets every address on the Internet relay mail through this server: an open relay, which spammers find within hours.</source>
        <translation>mynetworks 中的 %1 允许互联网上的任何地址通过本服务器转发邮件：这是开放中继，垃圾邮件发送者几小时内就会发现它。</translation>
    </message>
    <message>
        <source>Limit to this host&apos;s networks</source>
        <translation>限制为本机所在的网络</translation>
    </message>
    <message>
        <source>%1 in mynetworks is wider than this host&apos;s network %2: every address in it may relay mail through this server.</source>
        <translation>mynetworks 中的 %1 比本机所在的网络 %2 更宽：其中的每个地址都可以通过本服务器转发邮件。</translation>
    </message>
    <message>
        <source>%1 in mynetworks is not a network this host is on; clients there may relay mail through it. Keep it only if it is a trusted remote network (a VPN, another office).</source>
        <translation>mynetworks 中的 %1 不是本机所在的网络；那里的客户端可以通过本机转发邮件。只有当它是受信任的远程网络（VPN、另一个办公室）时才保留它。</translation>
    </message>
    <message>
        <source>home_mailbox %1 leaves the home directory: local(8) would write mail, as the recipient, wherever it points.</source>
        <translation>home_mailbox %1 指向主目录之外：local(8) 会以收件人的身份把邮件写到它所指的任何位置。</translation>
    </message>
    <message>
        <source>home_mailbox %1 makes local(8) write mail into a file that other programs run or trust: anyone who can send mail here could make it run commands as the recipient. Use Mailbox or Maildir/.</source>
        <translation>home_mailbox %1 会让 local(8) 把邮件写进其他程序会执行或信任的文件：任何能向这里发信的人都可能借此以收件人的身份执行命令。请使用 Mailbox 或 Maildir/。</translation>
    </message>
    <message>
        <source>Deliver to Maildir/</source>
        <translation>投递到 Maildir/</translation>
    </message>
    <message>
        <source>mail_spool_directory %1 is not a mail spool (/var/mail or /var/spool/mail): local(8) creates a file there for every recipient, and Mailroom&apos;s reader and other mail programs look elsewhere.</source>
        <translation>mail_spool_directory %1 不是邮件池目录（/var/mail 或 /var/spool/mail）：local(8) 会在那里为每个收件人创建文件，而 Mailroom 的阅读器和其他邮件程序会到别处查找。</translation>
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
    <message>
        <source>Configuration (%1)</source>
        <translation>配置（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have waited in the mail queue for more than an hour.</source>
        <translation>
            <numerusform>%n 封邮件已在邮件队列中等待超过一小时。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>%1 over SSH</source>
        <translation>%1（通过 SSH）</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1（本计算机）</translation>
    </message>
    <message>
        <source>Reconnecting failed: %1</source>
        <translation>重新连接失败：%1</translation>
    </message>
    <message>
        <source>&amp;Connect to Host…</source>
        <translation>连接到主机(&amp;C)…</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
</context>
<context>
    <name>MasterCf</name>
    <message>
        <source>Line %1: a service needs 8 fields (service, type, private, unpriv, chroot, wakeup, maxproc, command); this one has %2. Postfix stops with &quot;bad field count&quot;.</source>
        <translation>第 %1 行：一个服务需要 8 个字段（service、type、private、unpriv、chroot、wakeup、maxproc、command）；这一行有 %2 个。Postfix 会以“bad field count”停止。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a service type (inet, unix, unix-dgram, fifo, pass).</source>
        <translation>第 %1 行：“%2”不是服务类型（inet、unix、unix-dgram、fifo、pass）。</translation>
    </message>
</context>
<context>
    <name>MboxIndexer</name>
    <message>
        <source>The mailbox %1 does not exist.</source>
        <translation>邮箱 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the mailbox %1: %2</source>
        <translation>无法读取邮箱 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a directory, not an mbox file.</source>
        <translation>%1 是目录，而不是 mbox 文件。</translation>
    </message>
    <message>
        <source>%1 is not an mbox mailbox (it does not start with a &quot;From &quot; line).</source>
        <translation>%1 不是 mbox 邮箱（它不是以 &quot;From &quot; 行开头）。</translation>
    </message>
    <message>
        <source>Indexing was cancelled.</source>
        <translation>索引已取消。</translation>
    </message>
    <message>
        <source>The mailbox %1 changed on disk; reload it.</source>
        <translation>邮箱 %1 在磁盘上已被更改；请重新加载。</translation>
    </message>
</context>
<context>
    <name>MboxRecovery</name>
    <message>
        <source>Cannot write the description of the recovery copy %1: %2</source>
        <translation>无法写入恢复副本 %1 的说明文件：%2</translation>
    </message>
    <message>
        <source>the recovery copy cannot be read (%1).</source>
        <translation>无法读取恢复副本（%1）。</translation>
    </message>
    <message>
        <source>the mailbox cannot be found (%1).</source>
        <translation>找不到该邮箱（%1）。</translation>
    </message>
    <message>
        <source>the mailbox was replaced by another file since.</source>
        <translation>此后该邮箱已被另一个文件替换。</translation>
    </message>
    <message>
        <source>another program has locked the mailbox; it is tried again when the mailbox is opened next.</source>
        <translation>另一个程序锁定了该邮箱；下次打开该邮箱时会再次尝试。</translation>
    </message>
    <message>
        <source>the mailbox cannot be read (%1).</source>
        <translation>无法读取该邮箱（%1）。</translation>
    </message>
    <message>
        <source>open the mailbox in Mailroom, or run “mailroomctl mbox recover %1”, to finish it where that is safe.</source>
        <translation>请在 Mailroom 中打开该邮箱，或运行“mailroomctl mbox recover %1”，在安全的情况下完成它。</translation>
    </message>
    <message>
        <source>the recovery copy does not match its checksum.</source>
        <translation>恢复副本与其校验和不符。</translation>
    </message>
    <message>
        <source>the mailbox&apos;s messages before byte %1 changed since.</source>
        <translation>此后该邮箱中第 %1 字节之前的邮件已发生变化。</translation>
    </message>
    <message>
        <source>the rewrite was made on another host or in a container (%1), where Mailroom cannot tell whether it still runs.</source>
        <translation>该重写是在另一台主机或容器（%1）中进行的，Mailroom 无法判断它是否仍在运行。</translation>
    </message>
    <message>
        <source>the lock the rewrite held is gone, so another program may have written to the mailbox since (Postfix removes a lock after 500 seconds and delivers).</source>
        <translation>该重写持有的锁已不在，因此此后可能有其他程序写入了该邮箱（Postfix 会在 500 秒后删除锁并投递邮件）。</translation>
    </message>
    <message>
        <source>the mailbox holds more than the rewrite could have written.</source>
        <translation>该邮箱中的内容多于该重写可能写入的内容。</translation>
    </message>
    <message>
        <source>finishing it failed: %1</source>
        <translation>完成失败：%1</translation>
    </message>
    <message>
        <source>the mailbox did not compare equal to the copy</source>
        <translation>该邮箱与副本比较不一致</translation>
    </message>
    <message>
        <source>A rewrite of %1 was interrupted (the program writing it stopped half-way). Mailroom finished it from its recovery copy, under the mailbox&apos;s locks, and removed the copy: no message was lost.</source>
        <translation>对 %1 的一次重写曾被中断（写入它的程序中途停止）。Mailroom 已在持有该邮箱锁的情况下根据恢复副本完成了这次重写，并删除了副本：没有丢失任何邮件。</translation>
    </message>
    <message>
        <source>A rewrite of %1 was interrupted and left the mailbox damaged from byte %2 on. Every message from there on, as it should be, is in the recovery copy %3 (described in %4). Mailroom did not finish the rewrite: %5 Until the copy is dealt with, Mailroom leaves the mailbox unchanged. To finish it by hand while nothing else writes to the mailbox: keep any mail delivered since (at the end of the mailbox), cut the mailbox at byte %2, append the copy and then that mail, and delete both recovery files.</source>
        <translation>对 %1 的一次重写被中断，邮箱从第 %2 字节起已损坏。从该处起的每封邮件都以应有的形式保存在恢复副本 %3 中（说明见 %4）。Mailroom 没有完成这次重写：%5在处理该副本之前，Mailroom 不会更改此邮箱。如需在没有其他程序写入该邮箱时手动完成：先保留此后投递的邮件（位于邮箱末尾），在第 %2 字节处截断邮箱，依次追加该副本和那些邮件，然后删除两个恢复文件。</translation>
    </message>
</context>
<context>
    <name>MboxRewriter</name>
    <message>
        <source>Cannot read the mailbox %1: %2</source>
        <translation>无法读取邮箱 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the recovery copy.</source>
        <translation>无法创建用于存放恢复副本的文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the recovery copy %1: %2</source>
        <translation>无法创建恢复副本 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the recovery copy %1: %2</source>
        <translation>无法写入恢复副本 %1：%2</translation>
    </message>
    <message>
        <source>The rewritten mailbox did not check out; %1 was left unchanged.</source>
        <translation>重写后的邮箱未通过校验；%1 保持不变。</translation>
    </message>
    <message>
        <source>%1 The mailbox is unchanged up to byte %2; everything after that, as it should be, is in %3.</source>
        <translation>%1邮箱的前 %2 个字节保持不变；其后部分的正确内容完整保存在 %3 中。</translation>
    </message>
    <message>
        <source>Cannot read the recovery copy: %1.</source>
        <translation>无法读取恢复副本：%1。</translation>
    </message>
    <message>
        <source>Cannot write the mailbox %1: %2.</source>
        <translation>无法写入邮箱 %1：%2。</translation>
    </message>
    <message>
        <source>The rewritten mailbox %1 did not compare equal to its recovery copy.</source>
        <translation>重写后的邮箱 %1 与其恢复副本比对不一致。</translation>
    </message>
    <message>
        <source>Cannot create a temporary file next to %1: %2</source>
        <translation>无法在 %1 旁边创建临时文件：%2</translation>
    </message>
    <message>
        <source>Cannot give the rewritten mailbox the owner and group of %1: %2</source>
        <translation>无法为重写后的邮箱设置与 %1 相同的所有者和组：%2</translation>
    </message>
    <message>
        <source>Cannot give the rewritten mailbox the permissions of %1: %2</source>
        <translation>无法为重写后的邮箱设置与 %1 相同的权限：%2</translation>
    </message>
    <message>
        <source>Cannot write the rewritten mailbox %1: %2</source>
        <translation>无法写入重写后的邮箱 %1：%2</translation>
    </message>
    <message>
        <source>Cannot replace the mailbox %1: %2</source>
        <translation>无法替换邮箱 %1：%2</translation>
    </message>
    <message>
        <source>%1 was left unchanged: without its first message, the messages whose &quot;From &quot; line has no date would be read as part of the message before them.</source>
        <translation>%1 未作改动：若删除其第一封邮件，&quot;From &quot; 行没有日期的邮件会被读作前一封邮件的一部分。</translation>
    </message>
    <message>
        <source>%1 was left unchanged: an interrupted rewrite of it left the recovery copy %2. Open the mailbox again to finish that rewrite, or deal with the copy first.</source>
        <translation>%1 未作更改：对它的一次中断的重写留下了恢复副本 %2。请重新打开该邮箱以完成那次重写，或先处理该副本。</translation>
    </message>
</context>
<context>
    <name>MessageStatus</name>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
</context>
<context>
    <name>MimePart</name>
    <message>
        <source>No file to save the attachment to.</source>
        <translation>没有用于保存附件的文件。</translation>
    </message>
</context>
<context>
    <name>MyNetworks</name>
    <message>
        <source>%1: this computer itself (its loopback address).</source>
        <extracomment>%1 is a network such as 127.0.0.0/8</extracomment>
        <translation>%1：本机自身（其环回地址）。</translation>
    </message>
    <message>
        <source>%1: only this computer, at its address %2.</source>
        <extracomment>%1 is a network such as 192.168.1.17/32, %2 an address</extracomment>
        <translation>%1：仅本机，地址为 %2。</translation>
    </message>
    <message>
        <source>%1: the whole class %2 network around %3 (%4 addresses), usually much more than your own network.</source>
        <extracomment>%1 network, %2 class letter A/B/C/D, %3 this computer&apos;s address, %4 number of addresses</extracomment>
        <translation>%1：%3 所在的整个 %2 类网络（%4 个地址），通常远大于您自己的网络。</translation>
    </message>
    <message>
        <source>%1: every computer on the local network of %2 (%3 addresses).</source>
        <extracomment>%1 network, %2 this computer&apos;s address, %3 number of addresses</extracomment>
        <translation>%1：%2 所在本地网络上的所有计算机（%3 个地址）。</translation>
    </message>
    <message>
        <source>%1: every computer on the local IPv6 network of %2.</source>
        <extracomment>%1 network, %2 this computer&apos;s address</extracomment>
        <translation>%1：%2 所在本地 IPv6 网络上的所有计算机。</translation>
    </message>
    <message>
        <source>Only this computer may send mail through Postfix without logging in; the safe choice and Postfix&apos;s default.</source>
        <translation>只有本机可以不登录就通过 Postfix 发送邮件；这是安全的选择，也是 Postfix 的默认设置。</translation>
    </message>
    <message>
        <source>Every computer on the same local network as this one may send mail through Postfix; fine on a small home or office network you control.</source>
        <translation>与本机处于同一本地网络的所有计算机都可以通过 Postfix 发送邮件；适用于您自己管理的小型家庭或办公网络。</translation>
    </message>
    <message>
        <source>Every computer in the whole old-style class A, B or C network around this one may send mail through Postfix; this usually includes strangers and is not recommended.</source>
        <translation>与本机处于同一旧式 A、B 或 C 类网络中的所有计算机都可以通过 Postfix 发送邮件；这通常会包括陌生人，不推荐使用。</translation>
    </message>
    <message>
        <source>Only the computers and networks you list may send mail through Postfix without logging in.</source>
        <translation>只有您列出的计算机和网络可以不登录就通过 Postfix 发送邮件。</translation>
    </message>
</context>
<context>
    <name>OtherMtaStep</name>
    <message>
        <source>Other mail servers</source>
        <translation>其他邮件服务器</translation>
    </message>
    <message>
        <source>Also remove the sendmail package</source>
        <translation>同时移除 sendmail 软件包</translation>
    </message>
    <message>
        <source>Stop and disable</source>
        <translation>停止并禁用</translation>
    </message>
    <message>
        <source>Only one mail transfer agent can receive mail on port 25. Many systems start with sendmail, which is complex and slow compared to Postfix, so it has to be stopped before Postfix takes over.</source>
        <translation>只有一个邮件传输代理（MTA）能在 25 端口上接收邮件。许多系统默认使用 sendmail，与 Postfix 相比它既复杂又缓慢，因此必须先停止它，Postfix 才能接管。</translation>
    </message>
    <message>
        <source>stops sendmail (and Exim, if present) now and keeps it from starting at boot. Removing the package is optional; you can keep it to switch back later.</source>
        <translation>立即停止 sendmail（如有 Exim 也一并停止），并阻止其开机启动。移除软件包是可选的；您可以保留它，以便日后切换回去。</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 未安装。</translation>
    </message>
    <message>
        <source>%1 is &lt;b&gt;%2&lt;/b&gt; and &lt;b&gt;%3&lt;/b&gt; at boot.</source>
        <translation>%1 当前&lt;b&gt;%2&lt;/b&gt;，开机时&lt;b&gt;%3&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>started</source>
        <translation>会启动</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>不会启动</translation>
    </message>
    <message>
        <source>The sendmail package %1 is installed.</source>
        <translation>sendmail 软件包 %1 已安装。</translation>
    </message>
    <message>
        <source>The sendmail package is not installed.</source>
        <translation>sendmail 软件包未安装。</translation>
    </message>
    <message>
        <source>Remove sendmail</source>
        <translation>移除 sendmail</translation>
    </message>
    <message>
        <source>No other mail server is running or starts at boot.</source>
        <translation>没有其他邮件服务器正在运行或设为开机启动。</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>正在停止 %1…</translation>
    </message>
    <message>
        <source>Disabling %1…</source>
        <translation>正在禁用 %1…</translation>
    </message>
    <message>
        <source>Removing sendmail…</source>
        <translation>正在移除 sendmail…</translation>
    </message>
    <message>
        <source>Removing sendmail failed.</source>
        <translation>移除 sendmail 失败。</translation>
    </message>
    <message>
        <source>The mail spool %1 is writable by every user (mode %2), as sendmail leaves it: any local user can create files there, such as a lock file that holds up another user&apos;s mail. Postfix needs only the group mail to write there. As root: &lt;tt&gt;chmod 2775 %1&lt;/tt&gt; (Debian&apos;s default).</source>
        <translation>邮件存储目录 %1 对所有用户可写（权限 %2），这是 sendmail 留下的设置：任何本地用户都能在其中创建文件，例如一个锁文件就能阻塞其他用户的邮件投递。Postfix 只需要 mail 组能写入该目录。请以 root 身份执行：&lt;tt&gt;chmod 2775 %1&lt;/tt&gt;（Debian 的默认设置）。</translation>
    </message>
</context>
<context>
    <name>OutgoingMessage</name>
    <message>
        <source>On %1, %2 wrote:</source>
        <translation>%2 于 %1 写道：</translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation>-------- 转发的邮件 --------</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
</context>
<context>
    <name>OverviewStep</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>A working mail system has a few parts. This assistant replaces sendmail with Postfix, sets it up for your domain and checks that local mail is delivered.</source>
        <translation>一个可用的邮件系统由几个部分组成。本向导会用 Postfix 替换 sendmail，针对您的域进行配置，并检查本地邮件能否正常投递。</translation>
    </message>
    <message>
        <source>nothing; this page only reads.</source>
        <translation>无；此页面只读取信息。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;MUA&lt;/b&gt; (mail user agent): the mail client people use to write, send and read mail — KMail, Thunderbird, Evolution, or &lt;tt&gt;mail&lt;/tt&gt; in a terminal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;MTA&lt;/b&gt; (mail transfer agent): the server program that carries mail from one computer to another, on the local network or across the Internet — sendmail, Postfix, Exim. Users rarely deal with it directly.&lt;/p&gt;&lt;p&gt;&lt;b&gt;MDA&lt;/b&gt; (mail delivery agent): works in the background between the MTA and the mail client, for example a spam filter such as SpamAssassin or Procmail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SMTP&lt;/b&gt; (Simple Mail Transfer Protocol): the language MTAs speak to each other to hand over mail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SMTP relay&lt;/b&gt;: instead of delivering mail to the world yourself, you hand all outgoing mail to a provider&apos;s SMTP server (for example MailJet, SendGrid or Mailgun) that sends it on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;MUA&lt;/b&gt;（邮件用户代理）：人们用来撰写、发送和阅读邮件的邮件客户端——KMail、Thunderbird、Evolution，或终端中的 &lt;tt&gt;mail&lt;/tt&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;MTA&lt;/b&gt;（邮件传输代理）：在计算机之间传送邮件的服务器程序，无论是在本地网络中还是跨越互联网——sendmail、Postfix、Exim。用户很少直接与它打交道。&lt;/p&gt;&lt;p&gt;&lt;b&gt;MDA&lt;/b&gt;（邮件投递代理）：在后台工作于 MTA 与邮件客户端之间，例如 SpamAssassin 或 Procmail 这类垃圾邮件过滤器。&lt;/p&gt;&lt;p&gt;&lt;b&gt;SMTP&lt;/b&gt;（简单邮件传输协议）：MTA 之间相互交接邮件时使用的语言。&lt;/p&gt;&lt;p&gt;&lt;b&gt;SMTP 中继&lt;/b&gt;：不由自己直接向外投递邮件，而是把所有外发邮件交给服务商的 SMTP 服务器（例如 MailJet、SendGrid 或 Mailgun），由其转发出去。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no MTA</source>
        <translation>无 MTA</translation>
    </message>
    <message>
        <source>%1, host name &lt;b&gt;%2&lt;/b&gt;. Mail handed to &lt;tt&gt;/usr/sbin/sendmail&lt;/tt&gt; goes to: &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>%1，主机名 &lt;b&gt;%2&lt;/b&gt;。交给 &lt;tt&gt;/usr/sbin/sendmail&lt;/tt&gt; 的邮件将交由：&lt;b&gt;%3&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>No mail service is installed.</source>
        <translation>未安装任何邮件服务。</translation>
    </message>
    <message>
        <source>Mail services: %1.</source>
        <translation>邮件服务：%1。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Installed: %1. Not installed: %2.</source>
        <translation>已安装：%1。未安装：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>SMTP relay: none (Postfix is not installed).</source>
        <translation>SMTP 中继：无（未安装 Postfix）。</translation>
    </message>
    <message>
        <source>SMTP relay: none; Postfix delivers outgoing mail itself.</source>
        <translation>SMTP 中继：无；Postfix 自行投递外发邮件。</translation>
    </message>
    <message>
        <source>SMTP relay: outgoing mail goes through &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>SMTP 中继：外发邮件经由 &lt;b&gt;%1&lt;/b&gt; 发送。</translation>
    </message>
</context>
<context>
    <name>PackageStatus</name>
    <message>
        <source>Waiting for the package manager</source>
        <translation>正在等待软件包管理器</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <source>Looking up packages</source>
        <translation>正在查找软件包</translation>
    </message>
    <message>
        <source>Resolving dependencies</source>
        <translation>正在解析依赖关系</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>正在安装 %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>正在移除 %1</translation>
    </message>
    <message>
        <source>Updating %1</source>
        <translation>正在更新 %1</translation>
    </message>
    <message>
        <source>Refreshing package lists</source>
        <translation>正在刷新软件包列表</translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation>正在清理</translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <translation>正在检查签名</translation>
    </message>
    <message>
        <source>Applying changes</source>
        <translation>正在应用更改</translation>
    </message>
    <message>
        <source>Waiting for another package manager to finish</source>
        <translation>正在等待另一个软件包管理器完成</translation>
    </message>
    <message>
        <source>Configuring %1</source>
        <translation>正在配置 %1</translation>
    </message>
    <message>
        <source>Loading the package cache</source>
        <translation>正在加载软件包缓存</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
</context>
<context>
    <name>ParameterCatalog</name>
    <message>
        <source>Postfix is not installed here (no %1), so the list of parameters it knows is not available.</source>
        <translation>本机未安装 Postfix（没有 %1），因此无法获得它认识的参数列表。</translation>
    </message>
    <message>
        <source>“%1 -d” failed: %2</source>
        <translation>“%1 -d”失败：%2</translation>
    </message>
</context>
<context>
    <name>PostfixValidation</name>
    <message>
        <source>%1 is changed twice in the same request.</source>
        <translation>%1 在同一请求中被修改了两次。</translation>
    </message>
    <message>
        <source>The change cannot be written to main.cf.</source>
        <translation>无法将此更改写入 main.cf。</translation>
    </message>
    <message>
        <source>%1: the mailbox size limit (%2 bytes) must not be smaller than the message size limit (%3 bytes), or local delivery stops working.</source>
        <translation>%1：邮箱大小限制（%2 字节）不得小于邮件大小限制（%3 字节），否则本地投递将无法工作。</translation>
    </message>
    <message>
        <source>“%1”: parameter references with “$” are not supported here.</source>
        <translation>“%1”：此处不支持使用“$”的参数引用。</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>“%1”不是有效的域名。</translation>
    </message>
    <message>
        <source>“%1”: lookup tables and files are not supported here.</source>
        <translation>“%1”：此处不支持查找表和文件。</translation>
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation>域名为空。</translation>
    </message>
    <message>
        <source>Name at least one interface address, or “all” or “loopback-only”.</source>
        <translation>请至少指定一个接口地址，或者填写“all”或“loopback-only”。</translation>
    </message>
    <message>
        <source>“%1” must be the only value.</source>
        <translation>“%1”必须是唯一的值。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IP address.</source>
        <translation>“%1”不是有效的 IP 地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: it needs four numbers from 0 to 255 without leading zeros.</source>
        <translation>“%1”不是有效的 IPv4 地址：它需要四个 0 到 255 之间的数字，且不能有前导零。</translation>
    </message>
    <message>
        <source>Choose “all”, “ipv4”, “ipv6” or “ipv4, ipv6”.</source>
        <translation>请选择“all”、“ipv4”、“ipv6”或“ipv4, ipv6”。</translation>
    </message>
    <message>
        <source>“%1” is not a protocol; choose “all”, “ipv4”, “ipv6” or “ipv4, ipv6”.</source>
        <translation>“%1”不是协议；请选择“all”、“ipv4”、“ipv6”或“ipv4, ipv6”。</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>“%1” is not one of %2.</source>
        <translation>“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>“%1” is not “yes” or “no”.</source>
        <translation>“%1”不是“yes”或“no”。</translation>
    </message>
    <message>
        <source>A path is required.</source>
        <translation>必须填写路径。</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path; it must start with “/”.</source>
        <translation>“%1”不是绝对路径；它必须以“/”开头。</translation>
    </message>
    <message>
        <source>“%1” is not a plain path: use letters, digits, “.”, “_”, “-” and “/” only, without “.” or “..” parts.</source>
        <translation>“%1”不是普通路径：只能使用字母、数字、“.”、“_”、“-”和“/”，且不能包含“.”或“..”路径段。</translation>
    </message>
    <message>
        <source>“%1” is not a table; write type:path, for example hash:/etc/postfix/sasl_passwd.</source>
        <translation>“%1”不是查找表；请写成 type:path 的形式，例如 hash:/etc/postfix/sasl_passwd。</translation>
    </message>
    <message>
        <source>“%1” is not a supported table type; use one of %2.</source>
        <translation>“%1”不是受支持的表类型；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>“%1”: the password table must be a file in /etc/postfix/.</source>
        <translation>“%1”：密码表必须是 /etc/postfix/ 中的文件。</translation>
    </message>
    <message>
        <source>“%1” is not a SASL security option; use %2.</source>
        <translation>“%1”不是 SASL 安全选项；请使用 %2。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of bytes (0 or more, digits only).</source>
        <translation>“%1”不是以字节为单位的整数（0 或更大，只能包含数字）。</translation>
    </message>
    <message>
        <source>A parameter name is required.</source>
        <translation>必须填写参数名。</translation>
    </message>
    <message>
        <source>“%1” is not a parameter name: it contains “=”.</source>
        <translation>“%1”不是参数名：它包含“=”。</translation>
    </message>
    <message>
        <source>“%1” is not a parameter name: it contains a space or control character.</source>
        <translation>“%1”不是参数名：它包含空格或控制字符。</translation>
    </message>
    <message>
        <source>“%1” is not a parameter Mailroom can change.</source>
        <translation>“%1”不是 Mailroom 可以修改的参数。</translation>
    </message>
    <message>
        <source>%1: the value must be a single line.</source>
        <translation>%1：值必须为单行。</translation>
    </message>
    <message>
        <source>%1: the value contains a NUL character.</source>
        <translation>%1：值包含 NUL 字符。</translation>
    </message>
    <message>
        <source>%1: the value contains the control character U+%2.</source>
        <translation>%1：值包含控制字符 U+%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a main.cf parameter name, %2 a sentence saying what is wrong with its value</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The host name is empty.</source>
        <translation>主机名为空。</translation>
    </message>
    <message>
        <source>“%1” is longer than 253 characters.</source>
        <translation>“%1”超过 253 个字符。</translation>
    </message>
    <message>
        <source>“%1” has an empty part between dots, or a dot at the start or end.</source>
        <translation>“%1”的点之间有空段，或者以点开头或结尾。</translation>
    </message>
    <message>
        <source>“%1” has a part longer than 63 characters.</source>
        <translation>“%1”中有一段超过 63 个字符。</translation>
    </message>
    <message>
        <source>“%1” contains “%2”; host names may only contain letters, digits, hyphens and dots.</source>
        <translation>“%1”包含“%2”；主机名只能包含字母、数字、连字符和点。</translation>
    </message>
    <message>
        <source>“%1”: a part of a host name cannot start or end with a hyphen.</source>
        <translation>“%1”：主机名的各段不能以连字符开头或结尾。</translation>
    </message>
    <message>
        <source>“%1” ends in a number, which makes it look like an IP address rather than a host name.</source>
        <translation>“%1”以数字结尾，看起来更像 IP 地址而不是主机名。</translation>
    </message>
    <message>
        <source>“%1” is not a fully qualified host name; write it with its domain, for example %1.example.com.</source>
        <translation>“%1”不是完全限定的主机名；请连同域名一起填写，例如 %1.example.com。</translation>
    </message>
    <message>
        <source>“%1”: exceptions with “!” are not supported here.</source>
        <translation>“%1”：此处不支持使用“!”的排除项。</translation>
    </message>
    <message>
        <source>“%1”: lists read from files are not supported here; write the networks themselves.</source>
        <translation>“%1”：此处不支持从文件读取的列表；请直接填写网络。</translation>
    </message>
    <message>
        <source>“%1” is missing the closing “]”.</source>
        <translation>“%1”缺少右方括号“]”。</translation>
    </message>
    <message>
        <source>“%1” has unexpected text after “]”.</source>
        <translation>“%1”在“]”之后有多余的文本。</translation>
    </message>
    <message>
        <source>“%1” has two network lengths.</source>
        <translation>“%1”有两个网络前缀长度。</translation>
    </message>
    <message>
        <source>“%1”: write IPv6 addresses in brackets, for example [2001:db8::]/32; lookup tables are not supported here.</source>
        <translation>“%1”：请将 IPv6 地址写在方括号中，例如 [2001:db8::]/32；此处不支持查找表。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address or network; host names are not supported here.</source>
        <translation>“%1”不是 IP 地址或网络；此处不支持主机名。</translation>
    </message>
    <message>
        <source>“%1”: the network length must be a number from 0 to %2.</source>
        <translation>“%1”：网络前缀长度必须是 0 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>“%1” has bits set after the first %2 bits; Postfix would stop with a fatal error. Did you mean %3?</source>
        <translation>“%1”在前 %2 位之后还有置位的比特；Postfix 将因致命错误而停止。您是想写 %3 吗？</translation>
    </message>
    <message>
        <source>Only one relay host can be set here.</source>
        <translation>此处只能设置一个中继主机。</translation>
    </message>
    <message>
        <source>“%1” has unexpected text after “]”; only “:port” may follow.</source>
        <translation>“%1”在“]”之后有多余的文本；其后只能跟“:端口”。</translation>
    </message>
    <message>
        <source>Write an IPv6 relay address in brackets, for example [2001:db8::1]:587.</source>
        <translation>请将 IPv6 中继地址写在方括号中，例如 [2001:db8::1]:587。</translation>
    </message>
    <message>
        <source>Put an IP address in brackets, for example [%1]; without them Postfix treats it as a domain name and looks up its MX records.</source>
        <translation>请将 IP 地址写在方括号中，例如 [%1]；否则 Postfix 会把它当作域名并查询其 MX 记录。</translation>
    </message>
    <message>
        <source>“%1” is not a port number from 1 to 65535.</source>
        <translation>“%1”不是 1 到 65535 之间的端口号。</translation>
    </message>
    <message>
        <source>“%1”: only simple references such as $mydomain or ${mydomain} are supported.</source>
        <translation>“%1”：仅支持 $mydomain 或 ${mydomain} 这样的简单引用。</translation>
    </message>
    <message>
        <source>“%1” contains a “$” that does not start a parameter reference.</source>
        <translation>“%1”包含一个不作为参数引用开头的“$”。</translation>
    </message>
    <message>
        <source>“$%1” is not a Postfix parameter.</source>
        <translation>“$%1”不是 Postfix 参数。</translation>
    </message>
    <message>
        <source>“$%1” cannot be used here.</source>
        <translation>“$%1”不能在此处使用。</translation>
    </message>
    <message>
        <source>“$%1” cannot be used here; possible references are %2.</source>
        <translation>“$%1”不能在此处使用；可用的引用有 %2。</translation>
    </message>
    <message>
        <source>Enter the relay server&apos;s host name.</source>
        <translation>请输入中继服务器的主机名。</translation>
    </message>
    <message>
        <source>Enter the user name for the relay server.</source>
        <translation>请输入中继服务器的用户名。</translation>
    </message>
    <message>
        <source>The user name cannot contain “:”, because Postfix separates the user name from the password with it.</source>
        <translation>用户名不能包含“:”，因为 Postfix 用它来分隔用户名和密码。</translation>
    </message>
    <message>
        <source>The user name cannot contain spaces or control characters.</source>
        <translation>用户名不能包含空格或控制字符。</translation>
    </message>
    <message>
        <source>Enter the password for the relay server.</source>
        <translation>请输入中继服务器的密码。</translation>
    </message>
    <message>
        <source>The password cannot contain a line break or a NUL character.</source>
        <translation>密码不能包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>The password cannot end with a space or tab: Postfix&apos;s password table drops whitespace at the end of a line.</source>
        <translation>密码不能以空格或制表符结尾：Postfix 的密码表会丢弃行尾的空白字符。</translation>
    </message>
    <message>
        <source>The file is %1 bytes long; Mailroom accepts at most %2 bytes.</source>
        <translation>文件长 %1 字节；Mailroom 最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte; a configuration file must be text.</source>
        <translation>第 %1 行包含 NUL 字节；配置文件必须是文本。</translation>
    </message>
    <message>
        <source>Line %1 is %2 bytes long; lines may be at most %3 bytes (Postfix&apos;s line_length_limit).</source>
        <translation>第 %1 行长 %2 字节；每行最多 %3 字节（Postfix 的 line_length_limit）。</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text.</source>
        <translation>第 %1 行不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>smtp_tls_security_level: with relay login on (smtp_sasl_auth_enable = yes), TLS must be required (encrypt, verify or secure); with “%1” the relay password can be sent in clear text.</source>
        <translation>smtp_tls_security_level：启用中继登录（smtp_sasl_auth_enable = yes）时必须强制使用 TLS（encrypt、verify 或 secure）；设为“%1”时，中继密码可能以明文发送。</translation>
    </message>
    <message>
        <source>“%1” would let a large part of the internet send mail anywhere through this server (an open relay, soon used by spammers and blocklisted); list only your own networks.</source>
        <translation>“%1”会让互联网上的大量主机通过本服务器向任意地址发信（开放中继，很快会被垃圾邮件发送者利用并被列入黑名单）；请只列出您自己的网络。</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>This is not one of the problems Mailroom recognises; the text is what Postfix or the other server said.</source>
        <translation>这不是 Mailroom 能识别的问题；这段文字是 Postfix 或对方服务器给出的原始信息。</translation>
    </message>
</context>
<context>
    <name>ProcmailRc</name>
    <message>
        <source>Cannot create a temporary file beside %1: %2</source>
        <translation>无法在 %1 旁创建临时文件：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>~/.procmailrc has more than one Mailroom block; Mailroom leaves it as it is.</source>
        <translation>~/.procmailrc 中有不止一个 Mailroom 区块；Mailroom 不改动该文件。</translation>
    </message>
    <message>
        <source>Mailroom&apos;s block in ~/.procmailrc has no end line; Mailroom leaves the file as it is.</source>
        <translation>~/.procmailrc 中的 Mailroom 区块没有结束行；Mailroom 不改动该文件。</translation>
    </message>
    <message>
        <source>~/.procmailrc has Mailroom&apos;s end line without its begin line; Mailroom leaves the file as it is.</source>
        <translation>~/.procmailrc 中有 Mailroom 的结束行却没有开始行；Mailroom 不改动该文件。</translation>
    </message>
    <message>
        <source>A rule in Mailroom&apos;s block in ~/.procmailrc was changed by hand; Mailroom leaves the file as it is.</source>
        <translation>~/.procmailrc 中 Mailroom 区块里的某条规则被手动修改过；Mailroom 不改动该文件。</translation>
    </message>
    <message>
        <source>Mailroom&apos;s block in ~/.procmailrc was edited by hand; Mailroom leaves the file as it is. Edit it by hand, or remove the block to start again.</source>
        <translation>~/.procmailrc 中的 Mailroom 区块被手动编辑过；Mailroom 不改动该文件。请手动编辑，或删除该区块后重新开始。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>%1 was changed since Mailroom read it; nothing was written. Open the rules again.</source>
        <translation>%1 在 Mailroom 读取之后被修改过；未写入任何内容。请重新打开规则。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help, including generic Qt options.</source>
        <translation>显示帮助，包括 Qt 的通用选项。</translation>
    </message>
</context>
<context>
    <name>QueueAction</name>
    <message numerus="yes">
        <source>%n message(s) retried now</source>
        <translation>
            <numerusform>已立即重试 %n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put on hold</source>
        <translation>
            <numerusform>已暂扣 %n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released</source>
        <translation>
            <numerusform>已放行 %n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) requeued</source>
        <translation>
            <numerusform>已重新排队 %n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted</source>
        <translation>
            <numerusform>已删除 %n 封邮件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>(mail system)</source>
        <translation>（邮件系统）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>队列 ID</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>传入</translation>
    </message>
    <message>
        <source>maildrop</source>
        <translation>投递</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂扣</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>放行</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>重新排队</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Show in Logs</source>
        <translation>在日志中查看</translation>
    </message>
    <message>
        <source>Retry all deferred</source>
        <translation>重试全部延迟邮件</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>全部队列</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Select a message to see each recipient and why its delivery was deferred.</source>
        <translation>选择一封邮件，查看每个收件人以及投递被延迟的原因。</translation>
    </message>
    <message>
        <source>Try to deliver the selected messages now (postqueue -i).</source>
        <translation>立即尝试投递所选邮件（postqueue -i）。</translation>
    </message>
    <message>
        <source>Keep the selected messages in the queue without trying to deliver them.</source>
        <translation>将所选邮件暂扣在队列中，暂不尝试投递。</translation>
    </message>
    <message>
        <source>Let held messages be delivered again.</source>
        <translation>放行暂扣的邮件，允许再次投递。</translation>
    </message>
    <message>
        <source>Process the selected messages again, with the current settings.</source>
        <translation>按当前设置重新处理所选邮件。</translation>
    </message>
    <message>
        <source>Remove the selected messages from the queue; they are not delivered.</source>
        <translation>从队列中删除所选邮件；这些邮件不会被投递。</translation>
    </message>
    <message>
        <source>Follow the selected message through the mail log.</source>
        <translation>在邮件日志中跟踪所选邮件的投递过程。</translation>
    </message>
    <message>
        <source>Try to deliver every deferred message now (postqueue -f).</source>
        <translation>立即尝试投递所有延迟的邮件（postqueue -f）。</translation>
    </message>
    <message>
        <source>Postfix is not installed.</source>
        <translation>Postfix 未安装。</translation>
    </message>
    <message>
        <source>The mail queue is empty: everything has been delivered or bounced.</source>
        <translation>邮件队列为空：所有邮件都已投递或已退信。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting in the queue.</source>
        <translation>
            <numerusform>队列中有 %n 封邮件正在等待。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown by the filters.</source>
        <translation>
            <numerusform>筛选后显示 %n 封。</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 in the %2 queue, from %3, arrived %4 (%5 ago), %6.</source>
        <translation>邮件 %1，位于“%2”队列，发件人 %3，到达于 %4（%5前），%6。</translation>
    </message>
    <message>
        <source>    deferred: %1</source>
        <translation>    延迟原因：%1</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>删除邮件</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the queue? They will not be delivered.</source>
        <translation>
            <numerusform>要从队列中删除 %n 封邮件吗？这些邮件将不会被投递。</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>RelayStep</name>
    <message>
        <source>Relay (optional)</source>
        <translation>中继（可选）</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>测试登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Trust this certificate and test again</source>
        <translation>信任此证书并重新测试</translation>
    </message>
    <message>
        <source>Use this relay</source>
        <translation>使用此中继</translation>
    </message>
    <message>
        <source>Remove relay</source>
        <translation>移除中继</translation>
    </message>
    <message>
        <source>Send test message through the relay</source>
        <translation>通过中继发送测试邮件</translation>
    </message>
    <message>
        <source>Many Internet providers block outgoing connections to port 25, and mail from home or office addresses is often refused as spam. A relay (smarthost) is your provider&apos;s or a mail service&apos;s server: Postfix logs in to it and hands over all outgoing mail, and the relay delivers it. Local mail stays local.</source>
        <translation>许多互联网服务商会封锁到 25 端口的外发连接，而且来自家庭或办公网络地址的邮件常被当作垃圾邮件拒收。中继（smarthost）是您的服务商或某个邮件服务的服务器：Postfix 登录到该服务器并将所有外发邮件交给它，由中继完成投递。本地邮件仍在本地投递。</translation>
    </message>
    <message>
        <source>writes the user name and password to /etc/postfix/sasl_passwd (readable by root only) and builds its lookup table, sets relayhost and the login and encryption settings in main.cf after a backup, and restarts Postfix. Nothing is written before the login test has passed.</source>
        <translation>将用户名和密码写入 /etc/postfix/sasl_passwd（仅 root 可读）并生成其查找表；先备份 main.cf，再在其中设置 relayhost 以及登录和加密相关设置；然后重启 Postfix。登录测试通过之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Relay account</source>
        <translation>中继账户</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>例如 smtp.example.com</translation>
    </message>
    <message>
        <source>often your full e-mail address</source>
        <translation>通常是您的完整电子邮件地址</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Login test</source>
        <translation>登录测试</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>尚未测试。</translation>
    </message>
    <message>
        <source>The conversation with the server appears here (the password is never shown).</source>
        <translation>与服务器的通信过程将显示在此处（绝不会显示密码）。</translation>
    </message>
    <message>
        <source>What “Use this relay” changes in main.cf</source>
        <translation>“使用此中继”会对 main.cf 做哪些更改</translation>
    </message>
    <message>
        <source>After a successful login test, the exact changes to main.cf appear here.</source>
        <translation>登录测试成功后，此处将显示对 main.cf 的具体更改。</translation>
    </message>
    <message>
        <source>Test message through the relay</source>
        <translation>经由中继的测试邮件</translation>
    </message>
    <message>
        <source>an address outside this server, e.g. your own mailbox at another provider</source>
        <translation>本服务器以外的地址，例如您在其他服务商的邮箱</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Queued as %1</source>
        <translation>已排队，队列 ID 为 %1</translation>
    </message>
    <message>
        <source>Sent: the relay %1 accepted the test message (status=sent).</source>
        <translation>已发送：中继 %1 已接受测试邮件（status=sent）。</translation>
    </message>
    <message>
        <source>Not delivered (status=%1) %2
%3 %4</source>
        <translation>未投递（status=%1）%2
%3%4</translation>
    </message>
    <message>
        <source>Not delivered (status=%1) %2</source>
        <translation>未投递（status=%1）%2</translation>
    </message>
    <message>
        <source>Port 465: the connection is encrypted from the start (implicit TLS); Postfix gets smtp_tls_wrappermode = yes.</source>
        <translation>端口 465：连接从一开始就加密（隐式 TLS）；Postfix 将设置 smtp_tls_wrappermode = yes。</translation>
    </message>
    <message>
        <source>Port %1: the connection starts in clear and is encrypted with STARTTLS before the login (587 is the usual submission port).</source>
        <translation>端口 %1：连接以明文开始，在登录之前通过 STARTTLS 加密（587 是常用的 submission 端口）。</translation>
    </message>
    <message>
        <source>Postfix is not installed yet. You can test the relay account now; using it needs Postfix (step 4).</source>
        <translation>尚未安装 Postfix。您现在就可以测试中继账户；但要使用该中继，需要先安装 Postfix（第 4 步）。</translation>
    </message>
    <message>
        <source>Mail to other domains goes &lt;b&gt;directly&lt;/b&gt; to the recipients&apos; mail servers (relayhost is empty).</source>
        <translation>发往其他域的邮件&lt;b&gt;直接&lt;/b&gt;投递到收件人的邮件服务器（relayhost 为空）。</translation>
    </message>
    <message>
        <source>Mail to other domains goes through the relay &lt;b&gt;%1&lt;/b&gt;.&lt;br&gt;Login (smtp_sasl_auth_enable): &lt;b&gt;%2&lt;/b&gt;; encryption (smtp_tls_security_level): &lt;b&gt;%3&lt;/b&gt;%4.</source>
        <translation>发往其他域的邮件经由中继 &lt;b&gt;%1&lt;/b&gt; 发送。&lt;br&gt;登录（smtp_sasl_auth_enable）：&lt;b&gt;%2&lt;/b&gt;；加密（smtp_tls_security_level）：&lt;b&gt;%3&lt;/b&gt;%4。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, from the start (smtp_tls_wrappermode)</source>
        <translation>，从连接开始即加密（smtp_tls_wrappermode）</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server certificate&lt;/b&gt;&lt;br&gt;Issued to: %1&lt;br&gt;Issued by: %2&lt;br&gt;Also valid for: %3&lt;br&gt;Valid from %4 to %5&lt;br&gt;SHA-256 fingerprint: &lt;tt&gt;%6&lt;/tt&gt;&lt;br&gt;Encryption: %7, %8</source>
        <translation>&lt;b&gt;服务器证书&lt;/b&gt;&lt;br&gt;颁发给：%1&lt;br&gt;颁发者：%2&lt;br&gt;同时适用于：%3&lt;br&gt;有效期：%4 至 %5&lt;br&gt;SHA-256 指纹：&lt;tt&gt;%6&lt;/tt&gt;&lt;br&gt;加密：%7，%8</translation>
    </message>
    <message>
        <source>(no other names)</source>
        <translation>（无其他名称）</translation>
    </message>
    <message>
        <source>✔ Signed by a certificate authority this system trusts.</source>
        <translation>✔ 由本系统信任的证书颁发机构签发。</translation>
    </message>
    <message>
        <source>✘ Self-signed: no certificate authority this system trusts vouches for it.</source>
        <translation>✘ 自签名：没有任何本系统信任的证书颁发机构为其担保。</translation>
    </message>
    <message>
        <source>✘ Not signed by a certificate authority this system trusts.</source>
        <translation>✘ 并非由本系统信任的证书颁发机构签发。</translation>
    </message>
    <message>
        <source>✔ Made out for the host name %1.</source>
        <translation>✔ 为主机名 %1 签发。</translation>
    </message>
    <message>
        <source>✘ Not made out for the host name %1.</source>
        <translation>✘ 并非为主机名 %1 签发。</translation>
    </message>
    <message>
        <source>✔ You chose to trust this certificate by its fingerprint.</source>
        <translation>✔ 您已选择根据指纹信任此证书。</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source># The account works. Install Postfix (step 4), then test again to see the changes.</source>
        <translation># 该账户可用。请先安装 Postfix（第 4 步），然后重新测试以查看更改。</translation>
    </message>
    <message>
        <source># and /etc/postfix/sasl_passwd (root only, mode 600) gets the line
#   %1 %2:********
# then postmap builds its %3 table, and Postfix restarts.
</source>
        <translation># 此外，/etc/postfix/sasl_passwd（仅限 root，权限模式 600）将写入以下一行：
#   %1 %2:********
# 然后 postmap 生成其 %3 查找表，并重启 Postfix。
</translation>
    </message>
    <message>
        <source># main.cf already has these values.
</source>
        <translation># main.cf 中已是这些值。
</translation>
    </message>
    <message>
        <source>Writing the relay settings and restarting Postfix…</source>
        <translation>正在写入中继设置并重启 Postfix…</translation>
    </message>
    <message>
        <source>%1 = %2 instead of %3</source>
        <translation>%1 = %2，而不是 %3</translation>
    </message>
    <message>
        <source>%1 is still set</source>
        <translation>%1 仍被设置</translation>
    </message>
    <message>
        <source>The relay was applied, but Postfix now reports: %1</source>
        <translation>中继已应用，但 Postfix 目前报告：%1</translation>
    </message>
    <message>
        <source>The relay is in use. Postfix reports:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>中继已启用。Postfix 报告：&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source># Applied:
</source>
        <translation># 已应用：
</translation>
    </message>
    <message>
        <source>The relay is removed: mail goes directly to the recipients&apos; servers again, and sasl_passwd is deleted (a backup is kept).</source>
        <translation>中继已移除：邮件重新直接投递到收件人的服务器，sasl_passwd 已删除（保留了备份）。</translation>
    </message>
    <message>
        <source>Mailroom test message through the relay</source>
        <translation>Mailroom 中继测试邮件</translation>
    </message>
</context>
<context>
    <name>RemoteMailbox</name>
    <message>
        <source>%1&apos;s mailbox was rewritten while it was being read; read it again.</source>
        <translation>读取 %1 的邮箱期间它被重写了；请重新读取。</translation>
    </message>
</context>
<context>
    <name>RuleVerdict</name>
    <message>
        <source>No rule matches: the message goes to your inbox.</source>
        <translation>没有匹配的规则：邮件进入您的收件箱。</translation>
    </message>
    <message>
        <source>Rule %1 matches: the message goes to folder %2.</source>
        <translation>规则 %1 匹配：邮件进入文件夹 %2。</translation>
    </message>
    <message>
        <source>Rule %1 matches: the message is forwarded to %2.</source>
        <translation>规则 %1 匹配：邮件转发给 %2。</translation>
    </message>
    <message>
        <source>Rule %1 matches: the message is discarded.</source>
        <translation>规则 %1 匹配：邮件被丢弃。</translation>
    </message>
    <message>
        <source>Your ~/.procmailrc also has hand-written recipes outside Mailroom&apos;s block; they were not tested and may act first.</source>
        <translation>您的 ~/.procmailrc 在 Mailroom 区块之外还有手写的配方；它们未经测试，可能会先起作用。</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row (Chinese: no space between them)</comment>
        <translation>%1%2</translation>
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
        <extracomment>%1 systemd active state, %2 sub state, e.g. &quot;active (running)&quot;</extracomment>
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
        <extracomment>%1 is Running/Stopped/…, %2 is &quot;starts at boot&quot; or &quot;does not start at boot&quot;</extracomment>
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
    <name>SetupPage</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>设置向导</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>已完成 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>SetupStep</name>
    <message>
        <source>Reading the current state…</source>
        <translation>正在读取当前状态…</translation>
    </message>
    <message>
        <source>This machine now</source>
        <translation>本机当前状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this step changes:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;此步骤会更改：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>The installation was cancelled; nothing was installed.</source>
        <translation>安装已取消；没有安装任何软件。</translation>
    </message>
    <message>
        <source>The installation failed.</source>
        <translation>安装失败。</translation>
    </message>
</context>
<context>
    <name>SmtpLoginResult</name>
    <message>
        <source>Login accepted: the relay server took the user name and password (%1).</source>
        <translation>登录成功：中继服务器接受了用户名和密码（%1）。</translation>
    </message>
    <message>
        <source>Login rejected. The relay server answered: %1</source>
        <translation>登录被拒绝。中继服务器的应答：%1</translation>
    </message>
    <message>
        <source>The connection is encrypted, but the server&apos;s certificate could not be verified, so the password was not sent. Compare the fingerprint with the one your provider publishes; if it matches, trust this certificate and test again.</source>
        <translation>连接已加密，但无法验证服务器的证书，因此未发送密码。请将指纹与服务商公布的指纹进行比对；如果一致，请信任此证书并重新测试。</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS), so the password was not sent. Check the port: 587 uses STARTTLS, 465 encrypts from the start.</source>
        <translation>服务器不提供加密（STARTTLS），因此未发送密码。请检查端口：587 使用 STARTTLS，465 从连接开始即加密。</translation>
    </message>
    <message>
        <source>The server does not offer a login (no AUTH) on this port.</source>
        <translation>服务器在此端口上不提供登录（无 AUTH）。</translation>
    </message>
    <message>
        <source>The server offers only login methods Mailroom does not use: %1.</source>
        <translation>服务器仅提供 Mailroom 不使用的登录方式：%1。</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) could not be set up. %1</source>
        <translation>无法建立加密连接（TLS）。%1</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) could not be set up: %1</source>
        <translation>无法建立加密连接（TLS）：%1</translation>
    </message>
    <message>
        <source>The server answered with an error %1: %2</source>
        <translation>服务器%1返回了错误：%2</translation>
    </message>
    <message>
        <source>The host name cannot be resolved: check its spelling and this machine&apos;s DNS. (%1)</source>
        <translation>无法解析主机名：请检查拼写以及本机的 DNS 设置。（%1）</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing accepts connections on this port.</source>
        <translation>服务器拒绝了连接：此端口上没有任何服务接受连接。</translation>
    </message>
    <message>
        <source>The connection failed %1: %2</source>
        <translation>%1连接失败：%2</translation>
    </message>
    <message>
        <source>No answer in time %1. A firewall may be dropping the connection, or the port is wrong.</source>
        <translation>%1未能及时收到应答。可能是防火墙丢弃了连接，或端口有误。</translation>
    </message>
    <message>
        <source>The server does not speak SMTP as expected: %1</source>
        <translation>服务器未按预期使用 SMTP 协议通信：%1</translation>
    </message>
    <message>
        <source>The login test was cancelled.</source>
        <translation>登录测试已取消。</translation>
    </message>
</context>
<context>
    <name>SmtpReplyReader</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>服务器发送的某一行超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The server sent something that is not an SMTP reply: “%1”</source>
        <translation>服务器发送的内容不是 SMTP 应答：“%1”</translation>
    </message>
</context>
<context>
    <name>StartStep</name>
    <message>
        <source>Start Postfix</source>
        <translation>启动 Postfix</translation>
    </message>
    <message>
        <source>With main.cf set up, Postfix can run. The mail log then shows whether it started: look for “daemon started”, and for any error lines.</source>
        <translation>main.cf 配置完成后，Postfix 即可运行。随后可在邮件日志中查看它是否已启动：查找“daemon started”以及任何错误行。</translation>
    </message>
    <message>
        <source>starts the Postfix service now and enables it so it starts at every boot.</source>
        <translation>立即启动 Postfix 服务，并将其设为开机启动。</translation>
    </message>
    <message>
        <source>Mail log:</source>
        <translation>邮件日志：</translation>
    </message>
    <message>
        <source>The log lines of the start appear here.</source>
        <translation>启动过程的日志行将显示在此处。</translation>
    </message>
    <message>
        <source>Postfix is not installed yet.</source>
        <translation>Postfix 尚未安装。</translation>
    </message>
    <message>
        <source>Postfix is &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; at boot.</source>
        <translation>Postfix &lt;b&gt;%1&lt;/b&gt;，开机时&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>started</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>不自动启动</translation>
    </message>
    <message>
        <source>The mail log could not be read: %1</source>
        <translation>无法读取邮件日志：%1</translation>
    </message>
    <message>
        <source>No start or error lines in the mail log.</source>
        <translation>邮件日志中没有启动记录或错误记录。</translation>
    </message>
    <message>
        <source>Postfix started: the log shows “daemon started”.</source>
        <translation>Postfix 已启动：日志显示“daemon started”。</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Restore selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>The steps marked done on the left are in place. Every change to Postfix&apos;s configuration was preceded by a backup of the file, kept by the helper (readable by root only) in /var/lib/mailroom/backups.</source>
        <translation>左侧标记为已完成的步骤均已就绪。每次修改 Postfix 配置之前，都会先备份相应文件；备份由特权助手保存在 /var/lib/mailroom/backups 中（仅 root 可读）。</translation>
    </message>
    <message>
        <source>nothing, unless you restore a backup: that writes the old main.cf back (after a backup of the current one) and reloads Postfix.</source>
        <translation>无，除非您恢复备份：这会写回旧的 main.cf（写回前会先备份当前文件），并重新加载 Postfix。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>The list of backups could not be read.</source>
        <translation>无法读取备份列表。</translation>
    </message>
    <message>
        <source>No configuration file has been changed through Mailroom yet.</source>
        <translation>尚未通过 Mailroom 更改过任何配置文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration backup(s) are kept.</source>
        <translation>
            <numerusform>已保留 %n 个配置备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored. The configuration before the restore is kept as backup %1.</source>
        <translation>已恢复。恢复前的配置已保存为备份 %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;How to undo:&lt;/b&gt; select the main.cf backup taken before a change in the list below and restore it; the same backups are under Configuration → Backups, where each can be looked at first. The Relay step&apos;s “Remove relay” sends mail directly again.</source>
        <translation>&lt;b&gt;如何撤销：&lt;/b&gt;在下方列表中选择某次更改之前创建的 main.cf 备份并将其恢复；这些备份也可在“配置 → 备份”中找到，在那里可以先查看每个备份的内容。“中继”步骤中的“移除中继”可恢复直接发送邮件。</translation>
    </message>
</context>
<context>
    <name>TestStep</name>
    <message>
        <source>Test mail</source>
        <translation>测试邮件</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <source>The simplest test is a message from one local user to another. Postfix picks it up, cleans it up, queues it and delivers it to the recipient&apos;s mailbox; each stage leaves a line in the mail log.</source>
        <translation>最简单的测试是从一个本地用户向另一个本地用户发送邮件。Postfix 会接收邮件、进行清理、放入队列，再投递到收件人的邮箱；每个阶段都会在邮件日志中留下一行记录。</translation>
    </message>
    <message>
        <source>sends one short message; nothing in the configuration changes.</source>
        <translation>发送一封简短的邮件；不会更改任何配置。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Picked up from the local submission (pickup)</source>
        <translation>已从本地提交中取走（pickup）</translation>
    </message>
    <message>
        <source>Headers checked and completed (cleanup)</source>
        <translation>已检查并补全邮件头（cleanup）</translation>
    </message>
    <message>
        <source>In the queue (qmgr)</source>
        <translation>已进入队列（qmgr）</translation>
    </message>
    <message>
        <source>Delivered to the mailbox (local, status=sent)</source>
        <translation>已投递到邮箱（local，status=sent）</translation>
    </message>
    <message>
        <source>Removed from the queue</source>
        <translation>已从队列中移除</translation>
    </message>
    <message>
        <source>The message&apos;s way through Postfix:</source>
        <translation>邮件在 Postfix 中的处理流程：</translation>
    </message>
    <message>
        <source>Postfix is not set up yet: install and start it first.</source>
        <translation>Postfix 尚未配置：请先安装并启动它。</translation>
    </message>
    <message>
        <source>Mail is addressed to &lt;b&gt;user@%1&lt;/b&gt;. No local delivery in the mail log yet.</source>
        <translation>邮件地址的形式为 &lt;b&gt;user@%1&lt;/b&gt;。邮件日志中还没有本地投递记录。</translation>
    </message>
    <message>
        <source>Mail is addressed to &lt;b&gt;user@%1&lt;/b&gt;. Last local delivery:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>邮件地址的形式为 &lt;b&gt;user@%1&lt;/b&gt;。最近一次本地投递：&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Choose who sends and who receives the test mail.</source>
        <translation>选择测试邮件的发件人和收件人。</translation>
    </message>
    <message>
        <source>Mailroom test message</source>
        <translation>Mailroom 测试邮件</translation>
    </message>
    <message>
        <source>Queued as %1</source>
        <translation>已排队，队列 ID 为 %1</translation>
    </message>
    <message>
        <source>The message was not delivered: %1</source>
        <translation>邮件未能投递：%1</translation>
    </message>
    <message>
        <source>The test mail was delivered.</source>
        <translation>测试邮件已投递。</translation>
    </message>
    <message>
        <source>Open in Mail</source>
        <translation>在邮件中打开</translation>
    </message>
    <message>
        <source>Show the delivered message in the recipient&apos;s mailbox</source>
        <translation>在收件人的邮箱中显示已投递的邮件</translation>
    </message>
</context>
<context>
    <name>TlsStep</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>Mail servers encrypt the mail they send to this one when it offers a certificate (STARTTLS). A self-signed certificate encrypts at once; one from a certificate authority (or certbot) is also trusted by servers and mail programs that check.</source>
        <translation>当本服务器提供证书（STARTTLS）时，其他邮件服务器会加密发往这里的邮件。自签名证书可立即加密；由证书颁发机构（或 certbot）签发的证书还会得到会检查证书的服务器和邮件程序的信任。</translation>
    </message>
    <message>
        <source>makes a key on this machine and a certificate for myhostname, or installs one, and sets smtpd_tls_chain_files and smtpd_tls_security_level = may in main.cf; Postfix reloads.</source>
        <translation>在本机生成密钥和 myhostname 的证书（或安装一个证书），并在 main.cf 中设置 smtpd_tls_chain_files 和 smtpd_tls_security_level = may；Postfix 重新加载。</translation>
    </message>
    <message>
        <source>Postfix offers a certificate for %1: mail can arrive encrypted.</source>
        <translation>Postfix 为 %1 提供证书：邮件可以加密到达。</translation>
    </message>
    <message>
        <source>Postfix offers no usable certificate yet.</source>
        <translation>Postfix 还没有可用的证书。</translation>
    </message>
</context>
<context>
    <name>mailroomctl</name>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>mailroomctl: unknown command &quot;%1&quot; (try --help)</source>
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
    <message>
        <source>
&apos;mailroomctl COMMAND --help&apos; describes a command.
</source>
        <translation>
使用“mailroomctl COMMAND --help”查看命令说明。
</translation>
    </message>
    <message>
        <source>Show which mail services are installed, running and started at boot.</source>
        <translation>显示哪些邮件服务已安装、正在运行以及开机启动。</translation>
    </message>
    <message>
        <source>Show the state of the mail services</source>
        <translation>显示邮件服务的状态</translation>
    </message>
    <message>
        <source>List the messages of a local mailbox</source>
        <translation>列出本地邮箱中的邮件</translation>
    </message>
    <message>
        <source>Try &apos;mailroomctl log --help&apos;.</source>
        <translation>请尝试“mailroomctl log --help”。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>未知发件人</translation>
    </message>
    <message>
        <source>unknown recipients</source>
        <translation>未知收件人</translation>
    </message>
    <message>
        <source>Delivered. The message from %1 to %2 arrived %3 and was delivered via %4 after %5.</source>
        <translation>已投递。从 %1 发往 %2 的邮件于 %3 到达，经由 %4 投递，耗时 %5。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Deferred. The message from %1 to %2 (arrived %3) is still in the queue; the last attempt failed temporarily: %4. Postfix keeps retrying.</source>
        <translation>已延迟。从 %1 发往 %2 的邮件（于 %3 到达）仍在队列中；上次尝试暂时失败：%4。Postfix 会继续重试。</translation>
    </message>
    <message>
        <source>Bounced. The message from %1 to %2 (arrived %3) could not be delivered and was returned to the sender: %4.</source>
        <translation>已退信。从 %1 发往 %2 的邮件（于 %3 到达）无法投递，已退回给发件人：%4。</translation>
    </message>
    <message>
        <source>Expired. The message from %1 to %2 (arrived %3) stayed in the queue too long and was returned to the sender. Last error: %4.</source>
        <translation>已过期。从 %1 发往 %2 的邮件（于 %3 到达）在队列中停留过久，已退回给发件人。最后的错误：%4。</translation>
    </message>
    <message>
        <source>Rejected. The message from %1 to %2 was refused on %3 (client %4): %5.</source>
        <translation>已拒绝。从 %1 发往 %2 的邮件于 %3 被拒收（客户端 %4）：%5。</translation>
    </message>
    <message>
        <source>Removed. The message from %1 to %2 (arrived %3) was removed from the queue without being delivered (deleted by an administrator, discarded or held).</source>
        <translation>已移除。从 %1 发往 %2 的邮件（于 %3 到达）未经投递即从队列中移除（被管理员删除、丢弃或挂起）。</translation>
    </message>
    <message>
        <source>In the queue. The message from %1 to %2 arrived %3; the log shows no delivery attempt yet.</source>
        <translation>在队列中。从 %1 发往 %2 的邮件于 %3 到达；日志中尚无投递尝试记录。</translation>
    </message>
    <message>
        <source>What to do: %1 (Setting: %2.)</source>
        <translation>处理方法：%1（相关设置：%2。）</translation>
    </message>
    <message>
        <source>Totals of a Postfix mail log, counted like pflogsumm.</source>
        <translation>Postfix 邮件日志的统计汇总，计数方式与 pflogsumm 相同。</translation>
    </message>
    <message>
        <source>Also read the rotated files FILE.1, FILE.2.gz, … (oldest first).</source>
        <translation>同时读取轮转文件 FILE.1、FILE.2.gz、…（从最旧的开始）。</translation>
    </message>
    <message>
        <source>Also count lines of this Postfix syslog_name (like pflogsumm).</source>
        <translation>同时统计此 Postfix syslog_name 的日志行（与 pflogsumm 相同）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Date of the last line, for the year of old-style timestamps (default: the file&apos;s modification date).</source>
        <translation>最后一行的日期，用于确定旧式时间戳的年份（默认：文件的修改日期）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>How many senders, recipients and domains JSON lists (default 10, -1 all).</source>
        <translation>JSON 中列出的发件人、收件人和域名数量（默认 10，-1 表示全部）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Mail log files, oldest first.</source>
        <translation>邮件日志文件，从最旧的开始。</translation>
    </message>
    <message>
        <source>no log file given</source>
        <translation>未指定日志文件</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>无效的日期“%1”（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>invalid number &quot;%1&quot;</source>
        <translation>无效的数字“%1”</translation>
    </message>
    <message>
        <source>Mailroom</source>
        <translation>Mailroom</translation>
    </message>
    <message>
        <source> %1  lines read
</source>
        <translation> %1  行已读取
</translation>
    </message>
    <message>
        <source> %1  lines without a syslog timestamp
</source>
        <translation> %1  行没有 syslog 时间戳
</translation>
    </message>
    <message>
        <source>Follow one message through the log: its lines and what happened to it.</source>
        <translation>在日志中跟踪一封邮件：显示其日志行及其最终结果。</translation>
    </message>
    <message>
        <source>A queue id (4Kc9Dq0Sx5z9rxH, 3F2A1C0B4D) or a Message-ID.</source>
        <translation>队列 ID（4Kc9Dq0Sx5z9rxH、3F2A1C0B4D）或 Message-ID。</translation>
    </message>
    <message>
        <source>expected a queue id or Message-ID and at least one log file</source>
        <translation>需要一个队列 ID 或 Message-ID，以及至少一个日志文件</translation>
    </message>
    <message>
        <source>mailroomctl: no message with queue id or Message-ID &quot;%1&quot; in the log
</source>
        <translation>mailroomctl：日志中没有队列 ID 或 Message-ID 为“%1”的邮件
</translation>
    </message>
    <message>
        <source>Journey %1 of %2: %3
</source>
        <translation>投递轨迹 %1/%2：%3
</translation>
    </message>
    <message>
        <source>Journey: %1
</source>
        <translation>投递轨迹：%1
</translation>
    </message>
    <message>
        <source>Every message journey in the log as JSON.</source>
        <translation>以 JSON 格式输出日志中的所有邮件投递轨迹。</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (the only format).</source>
        <translation>输出机器可读的 JSON（唯一支持的格式）。</translation>
    </message>
    <message>
        <source>Usage: mailroomctl log summary FILE… [--json] [--rotated]
       mailroomctl log trace QUEUEID|MESSAGEID FILE… [--rotated]
       mailroomctl log journeys FILE… --json [--rotated]

Reads Postfix mail logs (plain, rotated .1 and gzip-compressed .gz) offline.
</source>
        <translation>用法：mailroomctl log summary FILE… [--json] [--rotated]
      mailroomctl log trace QUEUEID|MESSAGEID FILE… [--rotated]
      mailroomctl log journeys FILE… --json [--rotated]

离线读取 Postfix 邮件日志（普通文件、轮转的 .1 文件和 gzip 压缩的 .gz 文件）。
</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>未知子命令“%1”</translation>
    </message>
    <message>
        <source>Summarize mail logs and trace messages</source>
        <translation>汇总邮件日志并跟踪邮件</translation>
    </message>
    <message>
        <source>Show facts about this mail host: distribution, Postfix version, which MTA provides the sendmail command, and the mail ports that are listening.</source>
        <translation>显示本邮件主机的信息：发行版、Postfix 版本、由哪个 MTA 提供 sendmail 命令，以及正在监听的邮件端口。</translation>
    </message>
    <message>
        <source>Distribution:      %1 (%2 family)
</source>
        <translation>发行版：           %1（%2 系列）
</translation>
    </message>
    <message>
        <source>Host name:         %1
</source>
        <translation>主机名：           %1
</translation>
    </message>
    <message>
        <source>Postfix version:   %1
</source>
        <translation>Postfix 版本：     %1
</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <source>sendmail command:  %1
</source>
        <translation>sendmail 命令：    %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Port %1 (%2):%3%4
</source>
        <translation>端口 %1（%2）：%3%4
</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>正在监听</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Start, stop, restart, reload, enable or disable a mail service.
Services: postfix, sendmail, exim4, dovecot.</source>
        <translation>启动、停止、重启、重新加载、启用或禁用邮件服务。
服务：postfix、sendmail、exim4、dovecot。</translation>
    </message>
    <message>
        <source>start, stop, restart, reload, enable or disable</source>
        <translation>start、stop、restart、reload、enable 或 disable</translation>
    </message>
    <message>
        <source>The service, e.g. postfix</source>
        <translation>服务名称，例如 postfix</translation>
    </message>
    <message>
        <source>usage: mailroomctl service ACTION SERVICE</source>
        <translation>用法：mailroomctl service ACTION SERVICE</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use start, stop, restart, reload, enable or disable</source>
        <translation>未知操作“%1”：请使用 start、stop、restart、reload、enable 或 disable</translation>
    </message>
    <message>
        <source>list, add or remove</source>
        <translation>list、add 或 remove</translation>
    </message>
    <message>
        <source>permanent: yes</source>
        <translation>永久：是</translation>
    </message>
    <message>
        <source>permanent: no</source>
        <translation>永久：否</translation>
    </message>
    <message>
        <source>active: yes</source>
        <translation>当前生效：是</translation>
    </message>
    <message>
        <source>active: no</source>
        <translation>当前生效：否</translation>
    </message>
    <message>
        <source>usage: mailroomctl firewall [list | add SERVICE | remove SERVICE]</source>
        <translation>用法：mailroomctl firewall [list | add SERVICE | remove SERVICE]</translation>
    </message>
    <message>
        <source>Show, install or remove mail packages through PackageKit.
Packages: postfix, sendmail, mailx, sasl-modules, ca-certificates.
  mailroomctl package                  list
  mailroomctl package install NAME     install, showing progress
  mailroomctl package remove NAME      remove, showing progress
Ctrl+C cancels a running installation.</source>
        <translation>通过 PackageKit 显示、安装或移除邮件相关软件包。
软件包：postfix、sendmail、mailx、sasl-modules、ca-certificates。
  mailroomctl package                  列出
  mailroomctl package install NAME     安装并显示进度
  mailroomctl package remove NAME      移除并显示进度
按 Ctrl+C 可取消正在进行的安装。</translation>
    </message>
    <message>
        <source>list, install or remove</source>
        <translation>list、install 或 remove</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>usage: mailroomctl package [list | install NAME | remove NAME]</source>
        <translation>用法：mailroomctl package [list | install NAME | remove NAME]</translation>
    </message>
    <message>
        <source>[%1%] %2
</source>
        <translation>[%1%] %2
</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the package operation failed: %1</source>
        <translation>软件包操作失败：%1</translation>
    </message>
    <message>
        <source>done
</source>
        <translation>完成
</translation>
    </message>
    <message>
        <source>done (%1)
</source>
        <translation>完成（%1）
</translation>
    </message>
    <message>
        <source>cancelling…
</source>
        <translation>正在取消…
</translation>
    </message>
    <message>
        <source>Show distribution, Postfix version and mail ports</source>
        <translation>显示发行版、Postfix 版本和邮件端口</translation>
    </message>
    <message>
        <source>Start, stop, enable or disable a mail service</source>
        <translation>启动、停止、启用或禁用邮件服务</translation>
    </message>
    <message>
        <source>Show or open the firewall for mail</source>
        <translation>显示防火墙状态或为邮件开放防火墙</translation>
    </message>
    <message>
        <source>List, install or remove mail packages</source>
        <translation>列出、安装或移除邮件相关软件包</translation>
    </message>
    <message>
        <source>Remove KEY from main.cf (back to the default).</source>
        <translation>从 main.cf 中删除 KEY（恢复为默认值）。</translation>
    </message>
    <message>
        <source>usage: mailroomctl config get|diff|set|backups|restore …</source>
        <translation>用法：mailroomctl config get|diff|set|backups|restore …</translation>
    </message>
    <message>
        <source>usage: mailroomctl config get KEY…</source>
        <translation>用法：mailroomctl config get KEY…</translation>
    </message>
    <message>
        <source>   (default)</source>
        <translation>   （默认值）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE</source>
        <translation>“%1”不是 KEY=VALUE 格式</translation>
    </message>
    <message>
        <source>No change.
</source>
        <translation>无更改。
</translation>
    </message>
    <message>
        <source>Nothing to change: main.cf already says so.
</source>
        <translation>无需更改：main.cf 中已是该设置。
</translation>
    </message>
    <message>
        <source>Applied. Previous main.cf saved as backup %1.
</source>
        <translation>已应用。原 main.cf 已保存为备份 %1。
</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码： </translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>从标准输入读取密码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST or HOST:PORT</source>
        <translation>“%1”不是 HOST 或 HOST:PORT 格式</translation>
    </message>
    <message>
        <source>Relay set: mail now goes through [%1]:%2. Postfix was restarted.
</source>
        <translation>已设置中继：邮件现在经由 [%1]:%2 发送。Postfix 已重启。
</translation>
    </message>
    <message>
        <source>Show the mail log from the system journal (Postfix and other mail programs).</source>
        <translation>显示系统日志 journal 中的邮件日志（Postfix 及其他邮件程序）。</translation>
    </message>
    <message>
        <source>Keep printing new entries.</source>
        <translation>持续输出新条目。</translation>
    </message>
    <message>
        <source>Show only the last N entries.</source>
        <translation>仅显示最后 N 条。</translation>
    </message>
    <message>
        <source>Start at this time (ISO 8601, e.g. 2026-03-25T11:00).</source>
        <translation>从此时间开始（ISO 8601 格式，例如 2026-03-25T11:00）。</translation>
    </message>
    <message>
        <source>Only entries containing TEXT.</source>
        <translation>仅显示包含 TEXT 的条目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation>“%1”不是有效的时间</translation>
    </message>
    <message>
        <source>Mail queue is empty
</source>
        <translation>邮件队列为空
</translation>
    </message>
    <message>
        <source>usage: mailroomctl queue %1 ID…</source>
        <translation>用法：mailroomctl queue %1 ID…</translation>
    </message>
    <message>
        <source>unknown queue action &quot;%1&quot;</source>
        <translation>未知的队列操作“%1”</translation>
    </message>
    <message>
        <source>Send a test message from a local user to an address and print its queue id.
With --wait, follow it through the log until it is delivered, deferred, bounced or expired.
Exit status with --wait: 0 delivered, 8 deferred, 7 bounced or expired, 6 no result in time.</source>
        <translation>从本地用户向某个地址发送一封测试邮件，并输出其队列 ID。
使用 --wait 时，会在日志中跟踪该邮件，直至其已投递、已延迟、已退信或已过期。
使用 --wait 时的退出状态：0 已投递，8 已延迟，7 已退信或已过期，6 未及时得到结果。</translation>
    </message>
    <message>
        <source>The subject line.</source>
        <translation>邮件主题。</translation>
    </message>
    <message>
        <source>Mailroom test message</source>
        <translation>Mailroom 测试邮件</translation>
    </message>
    <message>
        <source>Wait for the delivery result (up to 60 seconds).</source>
        <translation>等待投递结果（最多 60 秒）。</translation>
    </message>
    <message>
        <source>Local user sending</source>
        <translation>发送邮件的本地用户</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>收件人地址</translation>
    </message>
    <message>
        <source>usage: mailroomctl testmail FROM_USER TO_ADDRESS</source>
        <translation>用法：mailroomctl testmail FROM_USER TO_ADDRESS</translation>
    </message>
    <message>
        <source>Queued as %1
</source>
        <translation>已排队，队列 ID 为 %1
</translation>
    </message>
    <message>
        <source>Print another local user&apos;s mailbox (read-only, through the helper; administrators only).</source>
        <translation>输出其他本地用户的邮箱（只读，经由特权助手；仅限管理员）。</translation>
    </message>
    <message>
        <source>The user whose mailbox to read</source>
        <translation>要读取其邮箱的用户</translation>
    </message>
    <message>
        <source>usage: mailroomctl mailbox USER</source>
        <translation>用法：mailroomctl mailbox USER</translation>
    </message>
    <message>
        <source>Read or change main.cf (diff, backup, rollback)</source>
        <translation>读取或修改 main.cf（差异对比、备份、回滚）</translation>
    </message>
    <message>
        <source>Show or follow the mail log in the journal</source>
        <translation>显示或跟踪系统日志 journal 中的邮件日志</translation>
    </message>
    <message>
        <source>Show and manage the mail queue</source>
        <translation>显示并管理邮件队列</translation>
    </message>
    <message>
        <source>Send a test message and follow it</source>
        <translation>发送测试邮件并跟踪其投递</translation>
    </message>
    <message>
        <source>Print another user&apos;s mailbox (admin)</source>
        <translation>输出其他用户的邮箱（管理员）</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Print the message list of a mailbox.</source>
        <translation>输出邮箱的邮件列表。</translation>
    </message>
    <message>
        <source>%1: no such mailbox</source>
        <translation>%1：没有此邮箱</translation>
    </message>
    <message>
        <source>Send all outgoing mail through an authenticated SMTP relay, or stop doing so.
  mailroomctl relay set HOST[:PORT] USER   the password is asked for (or read from standard
                                           input with --password-stdin), never an argument
  mailroomctl relay remove
  mailroomctl relay test HOST --user USER  test the login first, changing nothing
                                           (see mailroomctl relay test --help)</source>
        <translation>让所有外发邮件通过需要身份验证的 SMTP 中继发送，或停止这样做。
  mailroomctl relay set HOST[:PORT] USER   会询问密码（或用 --password-stdin 从标准输入
                                           读取），密码绝不作为参数
  mailroomctl relay remove
  mailroomctl relay test HOST --user USER  先测试登录，不做任何更改
                                           （参见 mailroomctl relay test --help）</translation>
    </message>
    <message>
        <source>usage: mailroomctl relay set HOST[:PORT] USER | relay remove | relay test HOST --user USER</source>
        <translation>用法：mailroomctl relay set HOST[:PORT] USER | relay remove | relay test HOST --user USER</translation>
    </message>
    <message>
        <source>Send mail through an authenticated SMTP relay, or test its login</source>
        <translation>通过需要身份验证的 SMTP 中继发送邮件，或测试其登录</translation>
    </message>
    <message>
        <source>Server certificate
</source>
        <translation>服务器证书
</translation>
    </message>
    <message>
        <source>  Issued to: %1
</source>
        <translation>  颁发给：%1
</translation>
    </message>
    <message>
        <source>  Issued by: %1
</source>
        <translation>  颁发者：%1
</translation>
    </message>
    <message>
        <source>  Also valid for: %1
</source>
        <translation>  同样适用于：%1
</translation>
    </message>
    <message>
        <source>(no other names)</source>
        <translation>（无其他名称）</translation>
    </message>
    <message>
        <source>  Valid from %1 to %2
</source>
        <translation>  有效期：%1 至 %2
</translation>
    </message>
    <message>
        <source>  SHA-256 fingerprint: %1
</source>
        <translation>  SHA-256 指纹：%1
</translation>
    </message>
    <message>
        <source>  Encryption: %1, %2
</source>
        <translation>  加密：%1，%2
</translation>
    </message>
    <message>
        <source>✔ Signed by a certificate authority this system trusts.</source>
        <translation>✔ 由本系统信任的证书颁发机构签发。</translation>
    </message>
    <message>
        <source>✘ Self-signed: no certificate authority this system trusts vouches for it.</source>
        <translation>✘ 自签名：没有任何本系统信任的证书颁发机构为其担保。</translation>
    </message>
    <message>
        <source>✘ Not signed by a certificate authority this system trusts.</source>
        <translation>✘ 并非由本系统信任的证书颁发机构签发。</translation>
    </message>
    <message>
        <source>✔ Made out for the host name %1.</source>
        <translation>✔ 为主机名 %1 签发。</translation>
    </message>
    <message>
        <source>✘ Not made out for the host name %1.</source>
        <translation>✘ 并非为主机名 %1 签发。</translation>
    </message>
    <message>
        <source>✔ You chose to trust this certificate by its fingerprint.</source>
        <translation>✔ 您已选择根据指纹信任此证书。</translation>
    </message>
    <message>
        <source>  Problems: %1
</source>
        <translation>  问题：%1
</translation>
    </message>
    <message>
        <source>Conversation (the password is shown as ****)
</source>
        <translation>通信过程（密码显示为 ****）
</translation>
    </message>
    <message>
        <source>If the fingerprint is the one your provider publishes, test again with
  --trust-fingerprint %1
</source>
        <translation>如果该指纹与您的服务商公布的一致，请用以下选项再次测试：
  --trust-fingerprint %1
</translation>
    </message>
    <message>
        <source>Test a relay account the way Postfix will use it, changing nothing: connect, encrypt (STARTTLS, or TLS
from the start on port 465), show the server&apos;s certificate, log in and say QUIT.
The password is asked for without echo, or read from standard input with --password-stdin; it is
never an argument. It is sent only if the certificate verifies against this system&apos;s certificate
authorities and is made out for HOST, or if its SHA-256 fingerprint is the one given with
--trust-fingerprint.

Exit status: 0 login accepted, 5 login rejected, 6 certificate not trusted (password not sent),
7 no login possible (name, connection, encryption, timeout or protocol), 2 usage error.</source>
        <translation>按照 Postfix 使用中继账户的方式测试它，不做任何更改：连接、加密（STARTTLS，或在 465 端口上
从一开始就使用 TLS）、显示服务器证书、登录，然后发送 QUIT。
密码会在不回显的情况下询问，或用 --password-stdin 从标准输入读取；它绝不作为参数。
只有当证书能通过本系统的证书颁发机构验证且是为 HOST 签发的，或其 SHA-256 指纹与
--trust-fingerprint 给出的一致时，才会发送密码。

退出状态：0 登录被接受，5 登录被拒绝，6 证书不受信任（未发送密码），
7 无法登录（名称、连接、加密、超时或协议问题），2 用法错误。</translation>
    </message>
    <message>
        <source>The relay&apos;s port: 587 (STARTTLS, the default) or 465 (TLS from the start).</source>
        <translation>中继的端口：587（STARTTLS，默认）或 465（从一开始就使用 TLS）。</translation>
    </message>
    <message>
        <source>The user name at the relay, often an e-mail address.</source>
        <translation>中继上的用户名，通常是电子邮件地址。</translation>
    </message>
    <message>
        <source>Read the password from standard input (its first line).</source>
        <translation>从标准输入读取密码（第一行）。</translation>
    </message>
    <message>
        <source>Send the password to a certificate that does not verify, if its SHA-256 fingerprint is this one (colons optional).</source>
        <translation>如果证书无法验证但其 SHA-256 指纹是此值，仍向其发送密码（冒号可省略）。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (1 to 300; default 20).</source>
        <translation>在这么多秒后放弃（1 到 300；默认 20）。</translation>
    </message>
    <message>
        <source>The relay server, e.g. smtp.example.com.</source>
        <translation>中继服务器，例如 smtp.example.com。</translation>
    </message>
    <message>
        <source>usage: mailroomctl relay test HOST [--port PORT] --user USER [--password-stdin] [--trust-fingerprint SHA256] [--timeout SECONDS] [--json]</source>
        <translation>用法：mailroomctl relay test HOST [--port PORT] --user USER [--password-stdin] [--trust-fingerprint SHA256] [--timeout SECONDS] [--json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number from 1 to 65535</source>
        <translation>“%1”不是 1 到 65535 之间的端口号</translation>
    </message>
    <message>
        <source>two different ports: %1 in HOST and %2 with --port</source>
        <translation>两个不同的端口：HOST 中为 %1，--port 为 %2</translation>
    </message>
    <message>
        <source>--user USER is required</source>
        <translation>需要 --user USER</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed)</source>
        <translation>“%1”不是 SHA-256 指纹（64 个十六进制数字，可含冒号）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds from 1 to 300</source>
        <translation>“%1”不是 1 到 300 之间的秒数</translation>
    </message>
    <message>
        <source>%1 (try &apos;mailroomctl %2 --help&apos;)</source>
        <translation>%1（用法见 &apos;mailroomctl %2 --help&apos;）</translation>
    </message>
    <message>
        <source>Mail spool:        %1 (mode %2)
</source>
        <translation>邮件存储目录：     %1（权限 %2）
</translation>
    </message>
    <message>
        <source>                   writable by every user (as sendmail leaves it); as root: chmod 2775 %1
</source>
        <translation>                   所有用户可写（sendmail 留下的设置）；请以 root 身份执行：chmod 2775 %1
</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was sent.</source>
        <translation>%1：%2 没有发送任何内容。</translation>
    </message>
    <message>
        <source>No change: %1 already says exactly this.
</source>
        <translation>没有变化：%1 的内容已经完全相同。
</translation>
    </message>
    <message>
        <source>Apply this change to /etc/postfix/%1? [y/N] </source>
        <translation>将此更改应用到 /etc/postfix/%1 吗？[y/N] </translation>
    </message>
    <message>
        <source>Not applied.%1
</source>
        <translation>未应用。%1
</translation>
    </message>
    <message>
        <source> Your edited copy is kept in %1.</source>
        <translation> 你编辑的副本保存在 %1。</translation>
    </message>
    <message>
        <source>Your edited copy is kept in %1.</source>
        <translation>你编辑的副本保存在 %1。</translation>
    </message>
    <message>
        <source>Applied; Postfix checked and reloaded it. The previous %1 was saved as backup %2.
</source>
        <translation>已应用；Postfix 已检查并重新加载。之前的 %1 已保存为备份 %2。
</translation>
    </message>
    <message>
        <source>postmap %1: done.
</source>
        <translation>postmap %1：完成。
</translation>
    </message>
    <message>
        <source>cannot write a temporary copy: %1</source>
        <translation>无法写入临时副本：%1</translation>
    </message>
    <message>
        <source>the editor %1 failed (exit status %2); nothing was applied. Your copy is kept in %3.</source>
        <translation>编辑器 %1 失败（退出状态 %2）；没有应用任何内容。你的副本保存在 %3。</translation>
    </message>
    <message>
        <source>Your copy is kept in %1.</source>
        <translation>你的副本保存在 %1。</translation>
    </message>
    <message>
        <source>No change: %1 was not edited.
</source>
        <translation>没有变化：%1 未被编辑。
</translation>
    </message>
    <message>
        <source>Apply without asking (the diff is still printed).</source>
        <translation>不经询问直接应用（仍会打印差异）。</translation>
    </message>
    <message>
        <source>apply: only if the file is still at REV (see --print-revision); exit status 5 when it changed.</source>
        <translation>apply：仅当文件仍为版本 REV 时才应用（见 --print-revision）；文件已更改时退出状态为 5。</translation>
    </message>
    <message>
        <source>Print only the file&apos;s revision.</source>
        <translation>只打印文件的版本号。</translation>
    </message>
    <message>
        <source>usage: mailroomctl config show|edit|apply FILE|postmap TABLE</source>
        <translation>用法：mailroomctl config show|edit|apply FILE|postmap TABLE</translation>
    </message>
    <message>
        <source>usage: mailroomctl master show|edit|apply FILE</source>
        <translation>用法：mailroomctl master show|edit|apply FILE</translation>
    </message>
    <message>
        <source>Read or replace Postfix&apos;s master.cf (the service table) through the helper.
  mailroomctl master show [--print-revision]   print /etc/postfix/master.cf (or its revision)
  mailroomctl master edit          edit a copy in $EDITOR, then apply it
  mailroomctl master apply FILE    replace master.cf with FILE: the diff is shown, then
                                   it is backed up, written, checked (postfix check,
                                   postconf -M) and Postfix reloaded; rolled back when
                                   Postfix refuses it. With --revision REV, only if
                                   master.cf is still at REV; exit status 5 when it changed.</source>
        <translation>通过助手读取或替换 Postfix 的 master.cf（服务表）。
  mailroomctl master show [--print-revision]   打印 /etc/postfix/master.cf（或其版本号）
  mailroomctl master edit          在 $EDITOR 中编辑副本，然后应用
  mailroomctl master apply FILE    用 FILE 替换 master.cf：先显示差异，然后
                                   备份、写入、检查（postfix check、
                                   postconf -M）并重新加载 Postfix；Postfix 拒绝时
                                   回滚。使用 --revision REV 时，仅当
                                   master.cf 仍为 REV 时才应用；已更改时退出状态为 5。</translation>
    </message>
    <message>
        <source>Read or replace master.cf (diff, backup, rollback)</source>
        <translation>读取或替换 master.cf（差异、备份、回滚）</translation>
    </message>
    <message>
        <source>Read or replace Postfix&apos;s whole main.cf through the helper.
  mailroomctl config show [--print-revision]   print /etc/postfix/main.cf (or its revision)
  mailroomctl config edit          edit a copy in $EDITOR, then apply it
  mailroomctl config apply FILE    replace main.cf with FILE: the diff is shown, then
                                   it is backed up, written, checked (postfix check,
                                   postconf) and Postfix reloaded; rolled back when
                                   Postfix refuses it. With --revision REV, only if main.cf
                                   is still at REV; exit status 5 when it changed.
  mailroomctl config postmap TYPE:FILE   rebuild a hash:, lmdb: or cdb: table that main.cf
                                   uses, under /etc/postfix</source>
        <translation>通过助手读取或替换 Postfix 的整个 main.cf。
  mailroomctl config show [--print-revision]   打印 /etc/postfix/main.cf（或其版本号）
  mailroomctl config edit          在 $EDITOR 中编辑副本，然后应用
  mailroomctl config apply FILE    用 FILE 替换 main.cf：先显示差异，然后
                                   备份、写入、检查（postfix check、
                                   postconf）并重新加载 Postfix；Postfix 拒绝时
                                   回滚。使用 --revision REV 时，仅当 main.cf
                                   仍为 REV 时才应用；已更改时退出状态为 5。
  mailroomctl config postmap TYPE:FILE   重建 main.cf 使用的、位于 /etc/postfix 下的
                                   hash:、lmdb: 或 cdb: 表</translation>
    </message>
    <message>
        <source>Restored. The file it replaced was saved as backup %1.
</source>
        <translation>已恢复。被替换的文件已保存为备份 %1。
</translation>
    </message>
    <message>
        <source>Postfix has new warnings:
%1
</source>
        <translation>Postfix 有新的警告：
%1
</translation>
    </message>
    <message>
        <source>Show and manage Postfix&apos;s mail queue.
  mailroomctl queue [list] [--json]      list (like mailq), with each deferral&apos;s reason
  mailroomctl queue flush                retry all deferred mail now
  mailroomctl queue retry ID…            retry these messages now
  mailroomctl queue hold|release|requeue|delete ID…</source>
        <translation>显示并管理 Postfix 的邮件队列。
  mailroomctl queue [list] [--json]      列出（类似 mailq），附每次延迟的原因
  mailroomctl queue flush                立即重试所有延迟的邮件
  mailroomctl queue retry ID…            立即重试这些邮件
  mailroomctl queue hold|release|requeue|delete ID…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a queue id (letters and digits, as mailq shows them without * or !); nothing was changed</source>
        <translation>“%1”不是队列 ID（只含字母和数字，即 mailq 显示的 ID 去掉 * 或 !）；未做任何更改</translation>
    </message>
    <message>
        <source>Check a main.cf the way the Configuration page&apos;s editor does, without the helper: unknown or obsolete parameters, keys set twice, “key = key = …” typos, $references to nothing, a mynetworks wider than this host&apos;s networks, lookup tables missing or not rebuilt, values Postfix would refuse.
FILE defaults to /etc/postfix/main.cf. Exit status: 0 no errors, 1 errors found, 2 usage or read error.</source>
        <translation>像“配置”页面的编辑器那样检查 main.cf，无需辅助程序：未知或过时的参数、重复设置的键、“key = key = …”笔误、指向不存在参数的 $引用、比本机网络更宽的 mynetworks、缺失或未重建的查找表、Postfix 会拒绝的值。
FILE 默认为 /etc/postfix/main.cf。退出状态：0 无错误，1 发现错误，2 用法或读取错误。</translation>
    </message>
    <message>
        <source>The main.cf to check.</source>
        <translation>要检查的 main.cf。</translation>
    </message>
    <message>
        <source>usage: mailroomctl config lint [FILE] [--json]</source>
        <translation>用法：mailroomctl config lint [FILE] [--json]</translation>
    </message>
    <message>
        <source>Note: %1 Unknown names, $references and value types are not checked.</source>
        <translation>注意：%1 未检查未知名称、$引用和值的类型。</translation>
    </message>
    <message>
        <source>see line %1</source>
        <translation>参见第 %1 行</translation>
    </message>
    <message>
        <source>fix: remove the line</source>
        <translation>修复：删除此行</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>fix: postmap %1</source>
        <translation>修复：postmap %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Read or change Postfix&apos;s main.cf through the helper (validated, backed up, checked, reloaded).
  mailroomctl config get KEY…                 effective value, default, set in main.cf?
  mailroomctl config diff KEY=VALUE… [-r KEY]  show the change as a diff, write nothing
  mailroomctl config set KEY=VALUE… [-r KEY]   apply; rolled back if Postfix rejects it
  mailroomctl config backups                  list backups
  mailroomctl config restore ID               restore a main.cf or master.cf backup
  mailroomctl config show|edit|apply FILE     the whole main.cf (see mailroomctl config show --help)
  mailroomctl config lint [FILE]              check a main.cf offline (see mailroomctl config lint --help)</source>
        <translation>通过特权助手读取或修改 Postfix 的 main.cf（经过验证、备份、检查并重新加载）。
  mailroomctl config get KEY…                 生效值、默认值、是否在 main.cf 中设置
  mailroomctl config diff KEY=VALUE… [-r KEY]  以 diff 形式显示更改，不写入任何内容
  mailroomctl config set KEY=VALUE… [-r KEY]   应用更改；若 Postfix 拒绝则回滚
  mailroomctl config backups                  列出备份
  mailroomctl config restore ID               恢复 main.cf 或 master.cf 备份
  mailroomctl config show|edit|apply FILE     整个 main.cf（见 mailroomctl config show --help）
  mailroomctl config lint [FILE]              离线检查 main.cf（见 mailroomctl config lint --help）</translation>
    </message>
    <message>
        <source>
note: Postfix offers no TLS certificate; mail arrives unencrypted (mailroomctl tls self-signed makes one).
</source>
        <translation>
注意：Postfix 未提供 TLS 证书；邮件以未加密方式到达（mailroomctl tls self-signed 可生成一个）。
</translation>
    </message>
    <message>
        <source>
warning: %1
</source>
        <translation>
警告：%1
</translation>
    </message>
    <message>
        <source>made or installed by Mailroom</source>
        <translation>由 Mailroom 生成或安装</translation>
    </message>
    <message>
        <source>certbot (Let&apos;s Encrypt), renewed by certbot</source>
        <translation>certbot（Let&apos;s Encrypt），由 certbot 续期</translation>
    </message>
    <message>
        <source>files set in main.cf by hand or by the distribution</source>
        <translation>由管理员或发行版在 main.cf 中设置的文件</translation>
    </message>
    <message>
        <source>Postfix offers no certificate: mail arrives without encryption.
Make one with: mailroomctl tls self-signed   (or tls request, then tls install; or tls letsencrypt)
</source>
        <translation>Postfix 未提供证书：邮件以未加密方式到达。
生成证书：mailroomctl tls self-signed   （或先 tls request 再 tls install；或 tls letsencrypt）
</translation>
    </message>
    <message>
        <source>Certificate for %1 (%2)
</source>
        <translation>%1 的证书（%2）
</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主体：</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>签发者：</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1（自签名）</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>%1, matches the certificate</source>
        <translation>%1，与证书匹配</translation>
    </message>
    <message>
        <source>%1 — the private key does NOT belong to it</source>
        <translation>%1 — 私钥与之不匹配</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>受信任：</translation>
    </message>
    <message>
        <source>yes, by the system&apos;s certificate authorities</source>
        <translation>是，受系统的证书颁发机构信任</translation>
    </message>
    <message>
        <source>no: self-signed (mail is encrypted; clients that check ask first)</source>
        <translation>否：自签名（邮件已加密；会检查的客户端会先询问）</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>主机名：</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>与 %1 匹配</translation>
    </message>
    <message>
        <source>does NOT match %1</source>
        <translation>与 %1 不匹配</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>STARTTLS:</source>
        <translation>STARTTLS：</translation>
    </message>
    <message>
        <source>required (encrypt)</source>
        <translation>必须加密（encrypt）</translation>
    </message>
    <message>
        <source>offered (may)</source>
        <translation>提供（may）</translation>
    </message>
    <message>
        <source>off (%1)</source>
        <translation>关闭（%1）</translation>
    </message>
    <message>
        <source>A signing request is waiting for its certificate (mailroomctl tls request --show prints it);
install what the certificate authority sends with: mailroomctl tls install FILE
</source>
        <translation>有一个签名请求在等待签发证书（mailroomctl tls request --show 可打印它）；
收到证书颁发机构发来的证书后，用 mailroomctl tls install FILE 安装
</translation>
    </message>
    <message>
        <source>certbot has a certificate for %1: mailroomctl tls letsencrypt uses it.
</source>
        <translation>certbot 有 %1 的证书：mailroomctl tls letsencrypt 可使用它。
</translation>
    </message>
    <message>
        <source>An RSA 3072 key instead of ECDSA P-256.</source>
        <translation>使用 RSA 3072 密钥代替 ECDSA P-256。</translation>
    </message>
    <message>
        <source>Also save the signing request to FILE.</source>
        <translation>同时把签名请求保存到 FILE。</translation>
    </message>
    <message>
        <source>request: print the waiting signing request, make no new one.</source>
        <translation>request：打印正在等待的签名请求，不生成新的。</translation>
    </message>
    <message>
        <source>Installed a new self-signed certificate; Postfix was reloaded.
</source>
        <translation>已安装新的自签名证书；Postfix 已重新加载。
</translation>
    </message>
    <message>
        <source>no signing request is waiting</source>
        <translation>没有等待中的签名请求</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Installed the certificate; Postfix was reloaded.
</source>
        <translation>证书已安装；Postfix 已重新加载。
</translation>
    </message>
    <message>
        <source>Postfix now uses certbot&apos;s certificate; it was reloaded.
</source>
        <translation>Postfix 现在使用 certbot 的证书；已重新加载。
</translation>
    </message>
    <message>
        <source>usage: mailroomctl tls [show|self-signed|request|install FILE|letsencrypt]</source>
        <translation>用法：mailroomctl tls [show|self-signed|request|install FILE|letsencrypt]</translation>
    </message>
    <message>
        <source>Show, make, request or install the server&apos;s TLS certificate</source>
        <translation>查看、生成、申请或安装服务器的 TLS 证书</translation>
    </message>
    <message>
        <source>Mail client settings for addresses @%1
</source>
        <translation>邮件地址 @%1 的邮件客户端设置
</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>安全：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>身份验证：</translation>
    </message>
    <message>
        <source>Thunderbird finds these settings from a user&apos;s address when you publish the file from “mailroomctl clients --autoconfig” at
  %1
or
  %2
</source>
        <translation>把“mailroomctl clients --autoconfig”生成的文件发布到
  %1
或
  %2
后，Thunderbird 会根据用户的邮件地址找到这些设置。
</translation>
    </message>
    <message>
        <source>Text to mail to users: mailroomctl clients --text
</source>
        <translation>发给用户的说明：mailroomctl clients --text
</translation>
    </message>
    <message>
        <source>What users type into their mail programs: server, ports, security, user name.
  mailroomctl clients                  the settings, and what is missing
  mailroomctl clients --text           the same as plain text to mail to users
  mailroomctl clients --autoconfig     Thunderbird&apos;s config-v1.1.xml, to publish at
                                       https://autoconfig.DOMAIN/mail/config-v1.1.xml</source>
        <translation>用户在邮件程序中需要填写的内容：服务器、端口、安全方式、用户名。
  mailroomctl clients                  显示这些设置，以及还缺什么
  mailroomctl clients --text           同样的内容，纯文本，可直接发给用户
  mailroomctl clients --autoconfig     Thunderbird 的 config-v1.1.xml，发布到
                                       https://autoconfig.DOMAIN/mail/config-v1.1.xml</translation>
    </message>
    <message>
        <source>Print Thunderbird&apos;s autoconfig file (config-v1.1.xml).</source>
        <translation>输出 Thunderbird 的自动配置文件（config-v1.1.xml）。</translation>
    </message>
    <message>
        <source>--autoconfig: write it to FILE.</source>
        <translation>--autoconfig：写入 FILE。</translation>
    </message>
    <message>
        <source>Print the text to mail to users.</source>
        <translation>输出发给用户的说明文字。</translation>
    </message>
    <message>
        <source>usage: mailroomctl clients [--json | --text | --autoconfig [-o FILE]]</source>
        <translation>用法：mailroomctl clients [--json | --text | --autoconfig [-o FILE]]</translation>
    </message>
    <message>
        <source>Wrote %1; publish it at %2
</source>
        <translation>已写入 %1；请发布到 %2
</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>What users type into their mail programs, and Thunderbird&apos;s autoconfig file</source>
        <translation>用户在邮件程序中需要填写的内容，以及 Thunderbird 自动配置文件</translation>
    </message>
    <message>
        <source> %1  logins
</source>
        <translation> %1  次登录
</translation>
    </message>
    <message>
        <source> %1  failed logins
</source>
        <translation> %1  次登录失败
</translation>
    </message>
    <message>
        <source>Login problems</source>
        <translation>登录问题</translation>
    </message>
    <message>
        <source>Show or change which mail services the firewall (firewalld) lets in.
  mailroomctl firewall                 list smtp, submission, imap, imaps
  mailroomctl firewall add SERVICE     allow permanently and reload
  mailroomctl firewall remove SERVICE  disallow permanently and reload</source>
        <translation>查看或更改防火墙（firewalld）放行哪些邮件服务。
  mailroomctl firewall                 列出 smtp、submission、imap、imaps
  mailroomctl firewall add SERVICE     永久放行并重新加载
  mailroomctl firewall remove SERVICE  永久禁止并重新加载</translation>
    </message>
    <message>
        <source>Submission (587):</source>
        <translation>邮件提交（587）：</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>on — STARTTLS, then a login with the user&apos;s system password</source>
        <translation>开启——先 STARTTLS，再用用户的系统密码登录</translation>
    </message>
    <message>
        <source>on, but without Mailroom&apos;s settings (TLS or login not required)</source>
        <translation>开启，但不是 Mailroom 的设置（不要求 TLS 或登录）</translation>
    </message>
    <message>
        <source>IMAP (143):</source>
        <translation>IMAP（143）：</translation>
    </message>
    <message>
        <source>on — STARTTLS required before login</source>
        <translation>开启——登录前必须 STARTTLS</translation>
    </message>
    <message>
        <source>IMAPS (993):</source>
        <translation>IMAPS（993）：</translation>
    </message>
    <message>
        <source>on — TLS from the first byte</source>
        <translation>开启——从第一个字节起即为 TLS</translation>
    </message>
    <message>
        <source>Dovecot:</source>
        <translation>Dovecot：</translation>
    </message>
    <message>
        <source>not installed (mailroomctl package install dovecot)</source>
        <translation>未安装（mailroomctl package install dovecot）</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>installed, not running</source>
        <translation>已安装，未运行</translation>
    </message>
    <message>
        <source>warning: Dovecot&apos;s login service for Postfix is missing: logins on port 587 fail. Run mailroomctl submission enable again.
</source>
        <translation>警告：Dovecot 为 Postfix 提供的登录服务不存在：587 端口的登录会失败。请再次运行 mailroomctl submission enable。
</translation>
    </message>
    <message>
        <source>warning: IMAP is on but Dovecot is not running: mailroomctl service start dovecot
</source>
        <translation>警告：IMAP 已开启，但 Dovecot 未运行：mailroomctl service start dovecot
</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>none (mailroomctl tls self-signed makes one)</source>
        <translation>无（mailroomctl tls self-signed 可生成一个）</translation>
    </message>
    <message>
        <source>Postfix&apos;s submission port (587), where the users&apos; mail clients send mail.
  mailroomctl submission [status]   whether it is on, and what it requires
  mailroomctl submission enable     on: STARTTLS required, then a login with the user&apos;s system
                                    password (checked by Dovecot); only those who logged in may
                                    send to other domains. Needs a certificate and Dovecot.
  mailroomctl submission disable    off (master.cf&apos;s service removed)
master.cf is backed up, checked with postfix check and rolled back if Postfix refuses it.</source>
        <translation>Postfix 的邮件提交端口（587），用户的邮件客户端通过它发信。
  mailroomctl submission [status]   是否开启，以及有何要求
  mailroomctl submission enable     开启：必须先 STARTTLS，再用用户的系统密码登录
                                    （由 Dovecot 核对）；只有登录后的用户才能
                                    发信到其他域。需要证书和 Dovecot。
  mailroomctl submission disable    关闭（从 master.cf 中删除该服务）
master.cf 会先备份，用 postfix check 检查，Postfix 不接受时回滚。</translation>
    </message>
    <message>
        <source>Submission is on: port 587, STARTTLS and login required. Postfix was reloaded.
</source>
        <translation>邮件提交已开启：587 端口，要求 STARTTLS 和登录。Postfix 已重新加载。
</translation>
    </message>
    <message>
        <source>Submission is off. Postfix was reloaded.
</source>
        <translation>邮件提交已关闭。Postfix 已重新加载。
</translation>
    </message>
    <message>
        <source>usage: mailroomctl submission [status|enable|disable]</source>
        <translation>用法：mailroomctl submission [status|enable|disable]</translation>
    </message>
    <message>
        <source>Dovecot&apos;s IMAP server, where the users&apos; mail clients read their mail (/var/mail/USER as INBOX).
  mailroomctl imap [status]          whether it is on
  mailroomctl imap enable [--imaps]  on port 143 with STARTTLS required before login; --imaps
                                     also on 993 (TLS from the first byte). Needs a certificate
                                     and Dovecot (mailroomctl package install dovecot).
  mailroomctl imap disable           off
Dovecot&apos;s settings file is backed up, checked with doveconf and rolled back if Dovecot does not start.</source>
        <translation>Dovecot 的 IMAP 服务器，用户的邮件客户端通过它读信（/var/mail/用户名 作为收件箱）。
  mailroomctl imap [status]          是否开启
  mailroomctl imap enable [--imaps]  在 143 端口开启，登录前必须 STARTTLS；--imaps
                                     同时开启 993（从第一个字节起即为 TLS）。需要证书
                                     和 Dovecot（mailroomctl package install dovecot）。
  mailroomctl imap disable           关闭
Dovecot 的设置文件会先备份，用 doveconf 检查，Dovecot 无法启动时回滚。</translation>
    </message>
    <message>
        <source>enable: port 993 (implicit TLS) as well.</source>
        <translation>enable：同时开启 993 端口（隐式 TLS）。</translation>
    </message>
    <message>
        <source>enable: port 993 only, not 143.</source>
        <translation>enable：只开启 993 端口，不开启 143。</translation>
    </message>
    <message>
        <source>IMAP is on. Dovecot was restarted.
</source>
        <translation>IMAP 已开启。Dovecot 已重启。
</translation>
    </message>
    <message>
        <source>IMAP is off. Dovecot was restarted.
</source>
        <translation>IMAP 已关闭。Dovecot 已重启。
</translation>
    </message>
    <message>
        <source>usage: mailroomctl imap [status|enable [--imaps|--imaps-only]|disable]</source>
        <translation>用法：mailroomctl imap [status|enable [--imaps|--imaps-only]|disable]</translation>
    </message>
    <message>
        <source>Show, enable or disable the submission port (587) for mail clients</source>
        <translation>查看、开启或关闭供邮件客户端使用的邮件提交端口（587）</translation>
    </message>
    <message>
        <source>Show, enable or disable IMAP (Dovecot) for mail clients</source>
        <translation>查看、开启或关闭供邮件客户端使用的 IMAP（Dovecot）</translation>
    </message>
    <message>
        <source>The certificate Postfix offers to mail servers and clients (STARTTLS).
  mailroomctl tls [show]            what it is, whom it names, until when, whether it is trusted
  mailroomctl tls self-signed       new key and self-signed certificate for myhostname, installed
                                    (also: tls generate)
  mailroomctl tls request           new key kept on the server; prints the signing request (CSR)
                                    to give to a certificate authority
  mailroomctl tls install FILE|-    install the certificate chain the authority sent (PEM)
  mailroomctl tls letsencrypt       use certbot&apos;s certificate for myhostname (renewals apply)
                                    (also: tls use-certbot)
Keys are made by the helper as root; they never pass through this program.</source>
        <translation>Postfix 向邮件服务器和客户端提供的证书（STARTTLS）。
  mailroomctl tls [show]            证书内容、包含的名称、有效期、是否受信任
  mailroomctl tls self-signed       为 myhostname 生成新密钥和自签名证书并安装
                                    （也可写作：tls generate）
  mailroomctl tls request           新密钥保留在服务器上；打印要交给证书颁发机构的
                                    签名请求（CSR）
  mailroomctl tls install FILE|-    安装颁发机构发来的证书链（PEM）
  mailroomctl tls letsencrypt       使用 certbot 为 myhostname 取得的证书（续期自动生效）
                                    （也可写作：tls use-certbot）
密钥由助手以 root 身份生成，绝不经过本程序。</translation>
    </message>
    <message>
        <source>%1: no message number %2 (the mailbox has %3)</source>
        <translation>%1：没有编号为 %2 的邮件（该邮箱共有 %3 封）</translation>
    </message>
    <message>
        <source>learn: the messages are spam.</source>
        <translation>learn：这些邮件是垃圾邮件。</translation>
    </message>
    <message>
        <source>learn: the messages are not spam.</source>
        <translation>learn：这些邮件不是垃圾邮件。</translation>
    </message>
    <message>
        <source>usage: mailroomctl mbox learn --spam|--ham FILE NUMBER…</source>
        <translation>用法：mailroomctl mbox learn --spam|--ham FILE NUMBER…</translation>
    </message>
    <message>
        <source> %1  scanned by SpamAssassin
</source>
        <translation> %1  经 SpamAssassin 检查
</translation>
    </message>
    <message>
        <source> %1  spam, delivered tagged
</source>
        <translation> %1  垃圾邮件，加标记后投递
</translation>
    </message>
    <message>
        <source> %1  spam, rejected
</source>
        <translation> %1  垃圾邮件，已拒收
</translation>
    </message>
    <message>
        <source>%1: read-only for Mailroom: %2
</source>
        <translation>%1：对 Mailroom 只读：%2
</translation>
    </message>
    <message>
        <source>%1: no Mailroom rules.
</source>
        <translation>%1：没有 Mailroom 规则。
</translation>
    </message>
    <message>
        <source>The file also has hand-written recipes outside Mailroom&apos;s block (kept as they are).
</source>
        <translation>该文件在 Mailroom 区块之外还有手写的配方（保持原样）。
</translation>
    </message>
    <message>
        <source>Your own mail delivery rules (procmail, ~/.procmailrc), without the GUI and without privileges.

Subcommands:
  list                  print the rules (the default)
  add CONDITION ACTION  add a rule at the end, e.g.
                        add --spam --folder Spam
                        add --subject &quot;[qt-devel]&quot; --folder Lists/qt
                        add --header X-Mailer --contains Bulk --discard
  remove N              remove rule N
  test MSGFILE          which rule a message would meet (nothing is delivered; - reads stdin)</source>
        <translation>您自己的邮件投递规则（procmail，~/.procmailrc），无需图形界面，也无需特权。

子命令：
  list                  列出规则（默认）
  add CONDITION ACTION  在末尾添加一条规则，例如
                        add --spam --folder Spam
                        add --subject &quot;[qt-devel]&quot; --folder Lists/qt
                        add --header X-Mailer --contains Bulk --discard
  remove N              删除第 N 条规则
  test MSGFILE          一封邮件会匹配哪条规则（不投递任何邮件；- 表示从标准输入读取）</translation>
    </message>
    <message>
        <source>Condition: From contains TEXT.</source>
        <translation>条件：发件人包含 TEXT。</translation>
    </message>
    <message>
        <source>Condition: To or Cc contains TEXT.</source>
        <translation>条件：收件人或抄送包含 TEXT。</translation>
    </message>
    <message>
        <source>Condition: Subject contains TEXT.</source>
        <translation>条件：主题包含 TEXT。</translation>
    </message>
    <message>
        <source>Condition: header NAME contains the --contains TEXT.</source>
        <translation>条件：邮件头 NAME 包含 --contains 给出的 TEXT。</translation>
    </message>
    <message>
        <source>The text for --header.</source>
        <translation>--header 的文本。</translation>
    </message>
    <message>
        <source>Condition: the spam flag (X-Spam-Flag: YES) is set.</source>
        <translation>条件：带有垃圾邮件标记（X-Spam-Flag: YES）。</translation>
    </message>
    <message>
        <source>Action: move to folder NAME under ~/mail.</source>
        <translation>动作：移到 ~/mail 下的文件夹 NAME。</translation>
    </message>
    <message>
        <source>Action: forward to ADDRESS.</source>
        <translation>动作：转发给 ADDRESS。</translation>
    </message>
    <message>
        <source>Action: discard the message.</source>
        <translation>动作：丢弃邮件。</translation>
    </message>
    <message>
        <source>list, add, remove N or test MSGFILE.</source>
        <translation>list、add、remove N 或 test MSGFILE。</translation>
    </message>
    <message>
        <source>rules add takes one condition (--from, --to, --subject, --header NAME --contains TEXT or --spam) and one action (--folder, --forward or --discard)</source>
        <translation>rules add 需要一个条件（--from、--to、--subject、--header NAME --contains TEXT 或 --spam）和一个动作（--folder、--forward 或 --discard）</translation>
    </message>
    <message>
        <source>rule refused: %1</source>
        <translation>规则被拒绝：%1</translation>
    </message>
    <message>
        <source>there is no rule %1 (see mailroomctl rules list)</source>
        <translation>没有规则 %1（参见 mailroomctl rules list）</translation>
    </message>
    <message>
        <source>usage: mailroomctl rules [list | add CONDITION ACTION | remove N | test MSGFILE] [--json]</source>
        <translation>用法：mailroomctl rules [list | add CONDITION ACTION | remove N | test MSGFILE] [--json]</translation>
    </message>
    <message>
        <source>Your own mail delivery rules (procmail)</source>
        <translation>您自己的邮件投递规则（procmail）</translation>
    </message>
    <message>
        <source>Spam filter:</source>
        <translation>垃圾邮件过滤：</translation>
    </message>
    <message>
        <source>not installed (mailroomctl package install spamassassin)</source>
        <translation>未安装（mailroomctl package install spamassassin）</translation>
    </message>
    <message>
        <source>on — SpamAssassin checks incoming mail</source>
        <translation>开启 — SpamAssassin 检查收到的邮件</translation>
    </message>
    <message>
        <source>on, but not running</source>
        <translation>开启，但未运行</translation>
    </message>
    <message>
        <source>Marked as spam at:</source>
        <translation>标记为垃圾邮件：</translation>
    </message>
    <message>
        <source>score %1 (X-Spam-Flag: YES)</source>
        <translation>得分 %1（X-Spam-Flag: YES）</translation>
    </message>
    <message>
        <source>Rejected at:</source>
        <translation>拒收：</translation>
    </message>
    <message>
        <source>score %1, at SMTP time (the sender gets the refusal)</source>
        <translation>得分 %1，在 SMTP 会话中（发件人会收到拒绝）</translation>
    </message>
    <message>
        <source>never (spam is delivered, marked)</source>
        <translation>从不（垃圾邮件被标记后投递）</translation>
    </message>
    <message>
        <source>Subject tag:</source>
        <translation>主题标签：</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>不检查：</translation>
    </message>
    <message>
        <source>logged-in senders</source>
        <translation>已登录的发件人</translation>
    </message>
    <message>
        <source>logged-in senders, this host and mynetworks</source>
        <translation>已登录的发件人、本机和 mynetworks</translation>
    </message>
    <message>
        <source>the package&apos;s own</source>
        <translation>软件包自带</translation>
    </message>
    <message>
        <source>updated %1 UTC</source>
        <translation>更新于 %1 UTC</translation>
    </message>
    <message>
        <source>; updated daily with sa-update</source>
        <translation>；每天用 sa-update 更新</translation>
    </message>
    <message>
        <source>; no daily update</source>
        <translation>；不每日更新</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>warning: the last rule update failed (journalctl -u spamassassin-maintenance)
</source>
        <translation>警告：上次规则更新失败（journalctl -u spamassassin-maintenance）
</translation>
    </message>
    <message>
        <source>warning: the rules were last updated more than a week ago (no network?)
</source>
        <translation>警告：规则上次更新已超过一周（没有网络？）
</translation>
    </message>
    <message>
        <source>warning: %1 is not running: mail passes unchecked. mailroomctl filter enable starts it again.
</source>
        <translation>警告：%1 未运行：邮件未经检查即通过。mailroomctl filter enable 可重新启动它。
</translation>
    </message>
    <message>
        <source>Local delivery:</source>
        <translation>本地投递：</translation>
    </message>
    <message>
        <source>Postfix (local)</source>
        <translation>Postfix（local）</translation>
    </message>
    <message>
        <source>Procmail — the users&apos; own ~/.procmailrc rules</source>
        <translation>Procmail — 用户自己的 ~/.procmailrc 规则</translation>
    </message>
    <message>
        <source>--tag: &quot;%1&quot; is not a number</source>
        <translation>--tag：“%1”不是数字</translation>
    </message>
    <message>
        <source>--reject: &quot;%1&quot; is not a number</source>
        <translation>--reject：“%1”不是数字</translation>
    </message>
    <message>
        <source>--check-trusted and --skip-trusted contradict each other</source>
        <translation>--check-trusted 与 --skip-trusted 互相矛盾</translation>
    </message>
    <message>
        <source>Mark as spam at this score (SpamAssassin&apos;s default: 5).</source>
        <translation>从此分数起标记为垃圾邮件（SpamAssassin 默认：5）。</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Reject at SMTP time at this score.</source>
        <translation>从此分数起在 SMTP 会话中拒收。</translation>
    </message>
    <message>
        <source>Never reject: deliver spam, marked.</source>
        <translation>从不拒收：垃圾邮件标记后投递。</translation>
    </message>
    <message>
        <source>Put TEXT before the subject of spam (&quot;&quot; for none).</source>
        <translation>在垃圾邮件主题前加上 TEXT（&quot;&quot; 表示不加）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Check mail from this host and mynetworks too.</source>
        <translation>也检查来自本机和 mynetworks 的邮件。</translation>
    </message>
    <message>
        <source>Never check mail from this host and mynetworks (the default).</source>
        <translation>从不检查来自本机和 mynetworks 的邮件（默认）。</translation>
    </message>
    <message>
        <source>Rule updates are on: sa-update runs daily when the machine has network.
</source>
        <translation>规则更新已开启：本机联网时 sa-update 每天运行。
</translation>
    </message>
    <message>
        <source>Rule updates are off.
</source>
        <translation>规则更新已关闭。
</translation>
    </message>
    <message>
        <source>The spam filter is off. Postfix was reloaded; spamd and spamass-milter were stopped.
</source>
        <translation>垃圾邮件过滤器已关闭。Postfix 已重新加载；spamd 和 spamass-milter 已停止。
</translation>
    </message>
    <message>
        <source>the spam filter is off: mailroomctl filter enable [OPTIONS] turns it on with these settings</source>
        <translation>垃圾邮件过滤器已关闭：mailroomctl filter enable [OPTIONS] 可按这些设置开启它</translation>
    </message>
    <message>
        <source>The spam filter is on. spamd and spamass-milter were restarted and Postfix was reloaded.
</source>
        <translation>垃圾邮件过滤器已开启。spamd 和 spamass-milter 已重启，Postfix 已重新加载。
</translation>
    </message>
    <message>
        <source>usage: mailroomctl filter [status|enable [OPTIONS]|set OPTIONS|disable|updates on|off]</source>
        <translation>用法：mailroomctl filter [status|enable [OPTIONS]|set OPTIONS|disable|updates on|off]</translation>
    </message>
    <message>
        <source>How Postfix delivers mail for local users.
  mailroomctl delivery [status]   Postfix&apos;s own local delivery, or Procmail
  mailroomctl delivery procmail   through Procmail, so each user&apos;s ~/.procmailrc rules apply
                                  (mailroomctl rules); mail still lands in /var/mail/USER by default
  mailroomctl delivery local      back to what main.cf&apos;s mailbox_command was before</source>
        <translation>Postfix 如何为本地用户投递邮件。
  mailroomctl delivery [status]   Postfix 自己的本地投递，或 Procmail
  mailroomctl delivery procmail   通过 Procmail，使每个用户的 ~/.procmailrc 规则生效
                                  （mailroomctl rules）；邮件默认仍投递到 /var/mail/USER
  mailroomctl delivery local      恢复为 main.cf 中 mailbox_command 之前的设置</translation>
    </message>
    <message>
        <source>Local delivery: Procmail (%1)
</source>
        <translation>本地投递：Procmail（%1）
</translation>
    </message>
    <message>
        <source>Local delivery: Postfix (local)
</source>
        <translation>本地投递：Postfix（local）
</translation>
    </message>
    <message>
        <source>Local delivery: %1
</source>
        <translation>本地投递：%1
</translation>
    </message>
    <message>
        <source>Local mail is delivered through Procmail. Postfix was reloaded.
</source>
        <translation>本地邮件现在通过 Procmail 投递。Postfix 已重新加载。
</translation>
    </message>
    <message>
        <source>Local delivery is back as it was. Postfix was reloaded.
</source>
        <translation>本地投递已恢复原样。Postfix 已重新加载。
</translation>
    </message>
    <message>
        <source>usage: mailroomctl delivery [status|procmail|local]</source>
        <translation>用法：mailroomctl delivery [status|procmail|local]</translation>
    </message>
    <message>
        <source>Show or change the spam filter (SpamAssassin) in front of Postfix</source>
        <translation>查看或更改 Postfix 前面的垃圾邮件过滤器（SpamAssassin）</translation>
    </message>
    <message>
        <source>Show or change local delivery (Postfix or Procmail)</source>
        <translation>查看或更改本地投递方式（Postfix 或 Procmail）</translation>
    </message>
    <message>
        <source>Moved at:</source>
        <translation>移动分数：</translation>
    </message>
    <message>
        <source>score %1, into each user&apos;s ~/mail/Spam (by Procmail)</source>
        <translation>得分 %1，移到各用户的 ~/mail/Spam（由 Procmail 完成）</translation>
    </message>
    <message>
        <source>--reject, --folder and --no-reject contradict each other</source>
        <translation>--reject、--folder 与 --no-reject 互相矛盾</translation>
    </message>
    <message>
        <source>--folder: &quot;%1&quot; is not a number</source>
        <translation>--folder：“%1”不是数字</translation>
    </message>
    <message>
        <source>SpamAssassin checks the mail Postfix receives (through spamass-milter), while the sender is connected.
  mailroomctl filter [status]          whether it is on, and its settings
  mailroomctl filter enable [OPTIONS]  on (install it first: mailroomctl package install spamassassin)
  mailroomctl filter set OPTIONS       change the settings of the filter that is on
  mailroomctl filter disable           off: Postfix no longer asks it (main.cf as before)
  mailroomctl filter updates on|off    daily rule updates with sa-update (needs network)
Mail at or above the tag score gets X-Spam-Flag: YES (and the subject tag); at or above the
reject score it is refused with 5.7.1, so the sender learns; or, with --folder, Procmail moves it
into each user&apos;s ~/mail/Spam. Users&apos; own rules (mailroomctl rules) can file marked mail too.</source>
        <translation>SpamAssassin 在发件人连接期间（通过 spamass-milter）检查 Postfix 收到的邮件。
  mailroomctl filter [status]          是否开启及其设置
  mailroomctl filter enable [OPTIONS]  开启（先安装：mailroomctl package install spamassassin）
  mailroomctl filter set OPTIONS       更改已开启过滤器的设置
  mailroomctl filter disable           关闭：Postfix 不再询问它（main.cf 恢复原样）
  mailroomctl filter updates on|off    每天用 sa-update 更新规则（需要联网）
得分达到标记分数的邮件会加上 X-Spam-Flag: YES（以及主题标签）；达到拒收分数的邮件
会以 5.7.1 拒收，让发件人知道；或者用 --folder，由 Procmail 把它移到各用户的
~/mail/Spam。用户自己的规则（mailroomctl rules）也可以归类已标记的邮件。</translation>
    </message>
    <message>
        <source>Move to the user&apos;s ~/mail/Spam at this whole score (needs Procmail).</source>
        <translation>从此整数分数起移到用户的 ~/mail/Spam（需要 Procmail）。</translation>
    </message>
    <message>
        <source>&quot;config lint&quot; checks a file on this machine; it does not work with -H.</source>
        <translation>“config lint”检查本机上的文件；它不能与 -H 一起使用。</translation>
    </message>
    <message>
        <source>&quot;relay test&quot; logs in to the relay from this machine; it does not work with -H.</source>
        <translation>“relay test”从本机登录到中继服务器；它不能与 -H 一起使用。</translation>
    </message>
    <message>
        <source>Usage: mailroomctl [-H [USER@]HOST[:PORT]] COMMAND [OPTIONS…]

Set up and run a Postfix mail server.

  -H, --host [USER@]HOST[:PORT]  the helper on another host, over SSH (its system bus through
                                 systemd-stdio-bridge, as systemctl -H does)

Commands:
</source>
        <translation>用法：mailroomctl [-H [USER@]HOST[:PORT]] COMMAND [OPTIONS…]

设置并运行 Postfix 邮件服务器。

  -H, --host [USER@]HOST[:PORT]  另一台主机上的辅助程序，通过 SSH 访问（经由 systemd-stdio-bridge
                                 连接其系统总线，与 systemctl -H 相同）

命令：
</translation>
    </message>
    <message>
        <source>%1 needs a host: [USER@]HOST[:PORT]</source>
        <translation>%1 需要一个主机：[USER@]HOST[:PORT]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; works on this machine&apos;s files; it does not work with -H.</source>
        <translation>“%1”作用于本机的文件；它不能与 -H 一起使用。</translation>
    </message>
    <message>
        <source>No hosts saved: mailroomctl hosts add [USER@]HOST[:PORT]
</source>
        <translation>尚未保存任何主机：mailroomctl hosts add [USER@]HOST[:PORT]
</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>POSTFIX</source>
        <translation>POSTFIX</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>DEFERRED</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>LAST BOUNCE</source>
        <translation>最近退信</translation>
    </message>
    <message>
        <source>CERTIFICATE UNTIL</source>
        <translation>证书有效期至</translation>
    </message>
    <message>
        <source>The hosts you watch (saved in ~/.config/mailroom/hosts.ini), asked over SSH all at once:
  mailroomctl hosts                       Postfix, queue, deferred, last bounce, certificate
  mailroomctl hosts add [USER@]HOST[:PORT]…
  mailroomctl hosts remove [USER@]HOST[:PORT]…
  mailroomctl hosts list                  the saved hosts only, without connecting</source>
        <translation>您关注的主机（保存在 ~/.config/mailroom/hosts.ini 中），通过 SSH 同时查询：
  mailroomctl hosts                       Postfix、队列、延迟、最近退信、证书
  mailroomctl hosts add [USER@]HOST[:PORT]…
  mailroomctl hosts remove [USER@]HOST[:PORT]…
  mailroomctl hosts list                  只列出已保存的主机，不连接</translation>
    </message>
    <message>
        <source>add, remove or list</source>
        <translation>add、remove 或 list</translation>
    </message>
    <message>
        <source>unknown verb &quot;%1&quot; (add, remove or list)</source>
        <translation>未知的操作“%1”（add、remove 或 list）</translation>
    </message>
    <message>
        <source>usage: mailroomctl hosts %1 [USER@]HOST[:PORT]…</source>
        <translation>用法：mailroomctl hosts %1 [USER@]HOST[:PORT]…</translation>
    </message>
    <message>
        <source>%1 is not saved</source>
        <translation>%1 未保存</translation>
    </message>
    <message>
        <source>Watch several mail hosts over SSH</source>
        <translation>通过 SSH 关注多台邮件主机</translation>
    </message>
    <message>
        <source>%1: no such mbox file</source>
        <translation>%1：没有这个 mbox 文件</translation>
    </message>
    <message>
        <source>%1: no interrupted rewrite to finish.</source>
        <translation>%1：没有需要完成的中断重写。</translation>
    </message>
    <message>
        <source>Work with local mailboxes (mbox files and Maildirs) without the GUI.

Subcommands:
  list FILE   print the message list
  recover FILE   finish an interrupted rewrite from its recovery copy, where that is safe
  learn --spam|--ham FILE NUMBER…   teach your SpamAssassin (sa-learn) with these messages</source>
        <translation>在不使用图形界面的情况下处理本地邮箱（mbox 文件和 Maildir）。

子命令：
  list FILE   输出邮件列表
  recover FILE   在安全的情况下，根据恢复副本完成一次中断的重写
  learn --spam|--ham FILE NUMBER…   用这些邮件训练您的 SpamAssassin（sa-learn）</translation>
    </message>
    <message>
        <source>usage: mailroomctl mbox list FILE [--json], or mailroomctl mbox recover FILE</source>
        <translation>用法：mailroomctl mbox list FILE [--json]，或 mailroomctl mbox recover FILE</translation>
    </message>
</context>
</TS>
