<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About XinAn</source>
        <translation>关于心安</translation>
    </message>
    <message>
        <source>XinAn version {version}</source>
        <translation>心安 版本 {version}</translation>
    </message>
    <message>
        <source>Versions and data folder…</source>
        <translation>版本与数据文件夹…</translation>
    </message>
    <message>
        <source>F1 opens it from anywhere in the main window</source>
        <translation>在主窗口任意位置按 F1 也可打开</translation>
    </message>
</context>
<context>
    <name>AboutButton</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>About XinAn: versions and data folder (F1)</source>
        <translation>关于心安：版本与数据文件夹 (F1)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About XinAn</source>
        <translation>关于心安</translation>
    </message>
    <message>
        <source>{known} (this station: {station})</source>
        <translation>{known}（本站点：{station}）</translation>
    </message>
    <message>
        <source>XinAn version:</source>
        <translation>心安版本：</translation>
    </message>
    <message>
        <source>Database schema version:</source>
        <translation>数据库结构版本：</translation>
    </message>
    <message>
        <source>SQLCipher version:</source>
        <translation>SQLCipher 版本：</translation>
    </message>
    <message>
        <source>Qt / PySide6:</source>
        <translation>Qt / PySide6：</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python：</translation>
    </message>
    <message>
        <source>cryptography:</source>
        <translation>cryptography：</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <source> (installed)</source>
        <translation>（安装版）</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>XinAn — counseling station</source>
        <translation>心安 · 心理辅导站</translation>
    </message>
    <message>
        <source>Offline case management for school psychological counseling stations. Everything stays encrypted on this computer.</source>
        <translation>面向学校心理辅导站的离线个案管理软件。所有数据都加密保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy these lines, e.g. for technical support</source>
        <translation>复制以上信息，例如发给技术支持</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Your account</source>
        <translation>您的账户</translation>
    </message>
    <message>
        <source>You unlock the station with this account. Choose a password only you know.</source>
        <translation>以后用这个账户解锁本站点。请设置一个只有您自己知道的密码。</translation>
    </message>
    <message>
        <source>letters or digits, e.g. wang</source>
        <translation>英文字母或数字，例如 wang</translation>
    </message>
    <message>
        <source>e.g. Teacher Wang</source>
        <translation>例如 王老师</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>账户名：</translation>
    </message>
    <message>
        <source>Your name as shown:</source>
        <translation>显示姓名：</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Classes / grade</source>
        <translation>班级 / 年级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active (you)</source>
        <translation>正常（当前账号）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disable the account {name} ({username})? After disabling, the account&apos;s key slot is destroyed: its password no longer opens the station. A new password (Reset password) enables it again.</source>
        <translation>停用账号 {name}（{username}）？停用后该账号的密钥槽将被销毁，原密码将无法再打开工作站。重新设置密码（重置密码）可再次启用该账号。</translation>
    </message>
    <message>
        <source>Account {username} disabled.</source>
        <translation>账号 {username} 已停用。</translation>
    </message>
</context>
<context>
    <name>AutoBackupBox</name>
    <message>
        <source>Reminder and automatic backups</source>
        <translation>备份提醒与自动备份</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Back up automatically when the station locks or XinAn closes</source>
        <translation>站点锁定或关闭心安时自动备份</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>尚未选择文件夹</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remind me when the last backup is older than:</source>
        <translation>上次备份超过以下天数时提醒：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>保留最近的：</translation>
    </message>
    <message>
        <source>At most one every:</source>
        <translation>最多每隔：</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>选择自动备份的文件夹</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups first.</source>
        <translation>请先选择自动备份的文件夹。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>AutoLockBox</name>
    <message>
        <source>Automatic lock</source>
        <translation>自动锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation>无操作多长时间后自动锁定：</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>warning records</source>
        <translation>预警记录</translation>
    </message>
    <message>
        <source>plan versions</source>
        <translation>一生一策版本</translation>
    </message>
    <message>
        <source>talks</source>
        <translation>谈话记录</translation>
    </message>
    <message>
        <source>home visits</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>screenings</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>committee reports</source>
        <translation>心理委员周报</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Audit chain: empty</source>
        <translation>审计链：空</translation>
    </message>
    <message>
        <source>Audit chain head: entry {seq}, {hash}</source>
        <translation>审计链末条：第 {seq} 条，{hash}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} 天前</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>BackupBanner</name>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It opens with any password or the recovery code that was valid when it was made. Keep it away from this computer, e.g. on a USB stick in a locked cabinet.</source>
        <translation>备份是一个加密文件，可用备份时有效的任一密码或恢复码打开。请把它存放在这台电脑以外的地方，例如锁在柜子里的U盘。</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>The backup status cannot be read: the station is damaged. Restore a backup (button below).</source>
        <translation>无法读取备份状态：站点已损坏。请从备份恢复（见下方按钮）。</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>还从未备份过。</translation>
    </message>
    <message>
        <source>Last backup: {when} ({age}), file {file}</source>
        <translation>上次备份：{when}（{age}），文件 {file}</translation>
    </message>
    <message>
        <source>, in the folder {folder}</source>
        <translation>，位于文件夹 {folder}</translation>
    </message>
    <message>
        <source>It is older than the reminder ({days} days): please back up now.</source>
        <translation>已超过提醒天数（{days} 天），请立即备份。</translation>
    </message>
    <message>
        <source>Choose the folder for the backup (e.g. a USB stick)</source>
        <translation>选择备份存放的文件夹（例如U盘）</translation>
    </message>
    <message>
        <source>Backing up and verifying…</source>
        <translation>正在备份并校验…</translation>
    </message>
    <message>
        <source>Backing up and verifying the copy…</source>
        <translation>正在备份并校验副本…</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <source>It holds: {counts}</source>
        <translation>其中包含：{counts}</translation>
    </message>
    <message>
        <source>That folder does not exist any more (was the USB stick removed?).</source>
        <translation>这个文件夹已不存在（U盘是否已拔出？）。</translation>
    </message>
    <message>
        <source>The backup could not be written in that folder. Is the USB stick write-protected or removed? Choose another folder; nothing was changed.</source>
        <translation>无法在这个文件夹中写入备份：U盘是否写保护或已拔出？请另选文件夹；已有文件均未改动。</translation>
    </message>
    <message>
        <source>To restore a backup, XinAn first locks the station. Then choose the backup file; nothing is replaced before you have seen what it holds and confirmed. Lock now?</source>
        <translation>恢复备份前，心安会先锁定站点；然后选择备份文件。在您看过备份内容并确认之前，不会替换任何数据。现在锁定吗？</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>Print growth files</source>
        <translation>打印成长档案</translation>
    </message>
    <message>
        <source>Every student of the school</source>
        <translation>全校学生</translation>
    </message>
    <message>
        <source>The students of one class:</source>
        <translation>一个班级的学生：</translation>
    </message>
    <message>
        <source>One PDF per student (in school or suspended), as far as your account may see the files. A whole school takes a few minutes.</source>
        <translation>每名学生（在校或休学）一个 PDF 文件，内容以您的账号可查看的范围为限。打印全校需要几分钟。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Printing growth files…</source>
        <translation>正在打印成长档案…</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>重新开案</translation>
    </message>
    <message>
        <source>The case was closed.</source>
        <translation>已结案。</translation>
    </message>
    <message>
        <source>The case was reopened.</source>
        <translation>已重新开案。</translation>
    </message>
</context>
<context>
    <name>CenterCoverageChart</name>
    <message>
        <source>Home visits %</source>
        <translation>实地家访覆盖率 %</translation>
    </message>
    <message>
        <source>Screening %</source>
        <translation>筛查覆盖率 %</translation>
    </message>
</context>
<context>
    <name>CenterEnrollmentDialog</name>
    <message>
        <source>Accept a school&apos;s enrollment file</source>
        <translation>接收学校登记文件</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>School number:</source>
        <translation>学校编号：</translation>
    </message>
    <message>
        <source>County code:</source>
        <translation>县区代码：</translation>
    </message>
    <message>
        <source>School type:</source>
        <translation>学校类型：</translation>
    </message>
    <message>
        <source>Signing key number:</source>
        <translation>签名密钥编号：</translation>
    </message>
    <message>
        <source>Written on:</source>
        <translation>写出时间：</translation>
    </message>
    <message>
        <source>The number matches: accept</source>
        <translation>编号一致，接收</translation>
    </message>
    <message>
        <source>This school is already enrolled with this very key: nothing changes.</source>
        <translation>该校已用同一密钥登记，接收不会改变任何内容。</translation>
    </message>
    <message>
        <source>{school} is already enrolled with another key. Accepting replaces its key: bundles signed with the old key are then refused.</source>
        <translation>{school}已用另一个密钥登记。接收后将替换其密钥：此后用旧密钥签名的数据包将被拒绝。</translation>
    </message>
    <message>
        <source>Phone the school and have them read their signing key number (shown on their 县级同步 page). Accept only if it is the number above.</source>
        <translation>请给学校打电话，请对方念出其签名密钥编号（在学校的“县级同步”页面上）。只有与上面的编号一致时才接收。</translation>
    </message>
</context>
<context>
    <name>CenterImportPage</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Import county bundles</source>
        <translation>导入各校数据包</translation>
    </message>
    <message>
        <source>Choose the USB stick (or a folder) holding the schools&apos; bundle files (*.age), or a single file. Each file is checked — the school&apos;s signature, the county, the content — before anything is stored; a refused file changes nothing.</source>
        <translation>选择存有各校数据包（*.age 文件）的U盘或文件夹，或单个文件。每个文件都先核验学校签名、所属县区和内容，然后才保存；被拒绝的文件不会改变任何内容。</translation>
    </message>
    <message>
        <source>Import a folder or USB stick…</source>
        <translation>从U盘或文件夹导入…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入单个文件…</translation>
    </message>
    <message>
        <source>Choose the folder or USB stick</source>
        <translation>选择U盘或文件夹</translation>
    </message>
    <message>
        <source>Choose a county bundle</source>
        <translation>选择数据包</translation>
    </message>
    <message>
        <source>County bundles (*.age);;All files (*)</source>
        <translation>县级数据包 (*.age);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Importing county bundles…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Checked and stored.</source>
        <translation>核验通过，已保存。</translation>
    </message>
    <message>
        <source>This bundle was imported before: nothing changed.</source>
        <translation>此数据包以前已导入，没有任何改变。</translation>
    </message>
    <message>
        <source>No county bundle (*.age file) was found there.</source>
        <translation>那里没有找到数据包（*.age 文件）。</translation>
    </message>
    <message>
        <source>{files} files: {imported} imported, {duplicates} already imported before, {refused} refused.</source>
        <translation>{files} 个文件：{imported} 个已导入，{duplicates} 个此前已导入，{refused} 个被拒绝。</translation>
    </message>
</context>
<context>
    <name>CenterSchoolsPage</name>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>School number</source>
        <translation>学校编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Signing key number</source>
        <translation>签名密钥编号</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Enrolled schools</source>
        <translation>已登记学校</translation>
    </message>
    <message>
        <source>Accept an enrollment file…</source>
        <translation>接收学校登记文件…</translation>
    </message>
    <message>
        <source>Write the county key file…</source>
        <translation>导出县级密钥文件…</translation>
    </message>
    <message>
        <source>{count} schools enrolled. A school&apos;s bundles are accepted only once its enrollment file has been accepted here.</source>
        <translation>已登记 {count} 所学校。只有在这里接收了学校的登记文件后，才能导入该校的数据包。</translation>
    </message>
    <message>
        <source>Choose the school&apos;s enrollment file</source>
        <translation>选择学校的登记文件</translation>
    </message>
    <message>
        <source>Enrollment files (*.json);;All files (*)</source>
        <translation>登记文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{school} is enrolled: its bundles can now be imported.</source>
        <translation>{school} 已登记：现在可以导入该校的数据包。</translation>
    </message>
    <message>
        <source>The signing key of {school} was replaced.</source>
        <translation>{school} 的签名密钥已替换。</translation>
    </message>
    <message>
        <source>{school} was already enrolled with this key: nothing changed.</source>
        <translation>{school} 已用此密钥登记，没有任何改变。</translation>
    </message>
    <message>
        <source>This is not a valid enrollment file of a XinAn school (or it was altered after the school wrote it). Ask the school to write it again.</source>
        <translation>这不是有效的心安学校登记文件（或学校写出后被修改过）。请学校重新导出登记文件。</translation>
    </message>
    <message>
        <source>The file cannot be read (removed, or the USB stick unplugged?).</source>
        <translation>无法读取该文件（已删除，或U盘已拔出？）。</translation>
    </message>
    <message>
        <source>Save the county key file</source>
        <translation>保存县级密钥文件</translation>
    </message>
    <message>
        <source>County key files (*.xckey)</source>
        <translation>县级密钥文件 (*.xckey)</translation>
    </message>
    <message>
        <source>County key file written to
{path}
Every school of the county imports it once on its 县级同步 page.</source>
        <translation>县级密钥文件已写入
{path}
全县每所学校在其“县级同步”页面导入一次即可。</translation>
    </message>
</context>
<context>
    <name>CenterStats</name>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>&lt;{threshold} (hidden)</source>
        <translation>&lt;{threshold}（已隐藏）</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>化名编号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级/学段</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <source>Since follow-up</source>
        <translation>距最近跟进</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转介</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>一生一策</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>在校人数</translation>
    </message>
    <message>
        <source>Visited on site</source>
        <translation>已实地家访</translation>
    </message>
    <message>
        <source>Visit coverage</source>
        <translation>家访覆盖率</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>已筛查</translation>
    </message>
    <message>
        <source>Screening coverage</source>
        <translation>筛查覆盖率</translation>
    </message>
    <message>
        <source>Abnormal rate</source>
        <translation>异常率</translation>
    </message>
    <message>
        <source>Last bundle for</source>
        <translation>最近一次报送期间</translation>
    </message>
    <message>
        <source>never sent one</source>
        <translation>从未报送</translation>
    </message>
    <message>
        <source>Counts below {threshold} are hidden by the schools and drawn as 0 ({count} hidden).</source>
        <translation>少于 {threshold} 的人数由学校隐藏，图中按 0 显示（共 {count} 项隐藏）。</translation>
    </message>
</context>
<context>
    <name>CenterStatsPage</name>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Print the period report (PDF)…</source>
        <translation>打印期间报告（PDF）…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Trend of:</source>
        <translation>趋势范围：</translation>
    </message>
    <message>
        <source>Open warning flags by level, per period</source>
        <translation>各期间预警人数（按级别）</translation>
    </message>
    <message>
        <source>Home visits and screening (each school&apos;s latest bundle)</source>
        <translation>家访与筛查覆盖（各校最新数据包）</translation>
    </message>
    <message>
        <source>Overdue red and orange cases</source>
        <translation>逾期的红色、橙色预警个案</translation>
    </message>
    <message>
        <source>Coverage per school</source>
        <translation>各校家访与筛查</translation>
    </message>
    <message>
        <source>Schools missing this period&apos;s bundle</source>
        <translation>未报送本期数据包的学校</translation>
    </message>
    <message>
        <source>Overdue red and orange cases ({count})</source>
        <translation>逾期的红色、橙色预警个案（{count}）</translation>
    </message>
    <message>
        <source>Schools without a bundle for {period} ({count})</source>
        <translation>未报送 {period} 数据包的学校（{count}）</translation>
    </message>
    <message>
        <source>county-views-{period}.xlsx</source>
        <translation>县级统计-{period}.xlsx</translation>
    </message>
    <message>
        <source>Export the views as .xlsx</source>
        <translation>导出统计为 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The views were written to
{path}</source>
        <translation>统计已导出到
{path}</translation>
    </message>
    <message>
        <source>Choose the folder for the report</source>
        <translation>选择保存报告的文件夹</translation>
    </message>
    <message>
        <source>The period report ({schools} schools, {pages} pages) was written to
{path}</source>
        <translation>期间报告（{schools} 所学校，{pages} 页）已写入
{path}</translation>
    </message>
    <message>
        <source>{count} figures the schools hid (below {threshold}) are left out.</source>
        <translation>学校隐藏的 {count} 个数字（少于 {threshold}）未计入。</translation>
    </message>
</context>
<context>
    <name>CenterUnlockDialog</name>
    <message>
        <source>XinAn county center — Unlock</source>
        <translation>心安县级中心 — 解锁</translation>
    </message>
    <message>
        <source>County counseling center</source>
        <translation>县级心理辅导中心</translation>
    </message>
    <message>
        <source>Center password:</source>
        <translation>中心密码：</translation>
    </message>
    <message>
        <source>Forgot the password? Set a new one with the recovery code: xinan center recover</source>
        <translation>忘记密码？请用恢复码设置新密码：xinan center recover</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Please enter the center password.</source>
        <translation>请输入中心密码。</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>密码错误，请重试。</translation>
    </message>
    <message>
        <source>This county center is already open in another window. Switch to that window, or close it and unlock here again.</source>
        <translation>此县级中心已在另一个窗口中打开。请切换到那个窗口，或关闭它后在这里重新解锁。</translation>
    </message>
    <message>
        <source>There is no county center in this folder. Create one first with: xinan center init</source>
        <translation>这个文件夹里还没有县级中心。请先用以下命令创建：xinan center init</translation>
    </message>
</context>
<context>
    <name>CenterWindow</name>
    <message>
        <source>XinAn county center — {center}</source>
        <translation>心安县级中心 — {center}</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>{center} · county {county} · small numbers hidden below {threshold}</source>
        <translation>{center} · 县区 {county} · 少于 {threshold} 的人数隐藏</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>Grades and classes</source>
        <translation>年级和班级</translation>
    </message>
    <message>
        <source>You can change names and numbers now.</source>
        <translation>可以修改年级名称和班级数量。</translation>
    </message>
    <message>
        <source>Enter grades and the number of classes</source>
        <translation>填写各年级的班级数量</translation>
    </message>
    <message>
        <source>Import the student roster (Excel or CSV)</source>
        <translation>导入学生名册（Excel 或 CSV 文件）</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>Choose the student roster</source>
        <translation>选择学生名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv)</source>
        <translation>学生名册 (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>ClimatePicker</name>
    <message>
        <source>very tense</source>
        <translation>很紧张</translation>
    </message>
    <message>
        <source>somewhat tense</source>
        <translation>有些紧张</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>good</source>
        <translation>较好</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>很好</translation>
    </message>
</context>
<context>
    <name>ConcernList</name>
    <message>
        <source>Add a classmate</source>
        <translation>添加需要关注的同学</translation>
    </message>
    <message>
        <source>Choose the name from the class list or type it, and say what you noticed.</source>
        <translation>从班级名单中选择或直接输入同学姓名，并写下你注意到的情况。</translation>
    </message>
    <message>
        <source>{where} · about {name} · from {reporter}
{words}</source>
        <translation>{where} · 关于 {name} · 报告人 {reporter}
{words}</translation>
    </message>
    <message>
        <source>[Urgent] {line}</source>
        <translation>【紧急】{line}</translation>
    </message>
</context>
<context>
    <name>ConcernRow</name>
    <message>
        <source>Classmate&apos;s name</source>
        <translation>同学姓名</translation>
    </message>
    <message>
        <source>What did you notice?</source>
        <translation>你注意到了什么？</translation>
    </message>
    <message>
        <source>Urgent: a teacher should know today</source>
        <translation>紧急：需要老师今天就知道</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>With whom:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>e.g. the student, mother</source>
        <translation>如：学生本人、母亲</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>记录内容：</translation>
    </message>
    <message>
        <source>The record was added.</source>
        <translation>记录已添加。</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>新增记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>With whom:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>记录内容：</translation>
    </message>
</context>
<context>
    <name>CounselorNotice</name>
    <message>
        <source>Committee reports</source>
        <translation>心理委员报告</translation>
    </message>
    <message>
        <source>{count} urgent concerns awaiting triage</source>
        <translation>{count} 条紧急关注待处理</translation>
    </message>
    <message>
        <source>Triage now</source>
        <translation>立即处理</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>CountyActions</name>
    <message>
        <source>This is not a valid XinAn county file (damaged, edited, or another kind of file). Ask the county center for the file again.</source>
        <translation>这不是有效的心安县级文件（已损坏、被修改过，或是其他类型的文件）。请向县级心理辅导中心重新索取该文件。</translation>
    </message>
    <message>
        <source>The file cannot be read, or the county key file is missing.</source>
        <translation>无法读取该文件，或县级密钥文件缺失。</translation>
    </message>
    <message>
        <source>Choose the county key file</source>
        <translation>选择县级密钥文件</translation>
    </message>
    <message>
        <source>County key files (*.xckey *.json);;All files (*)</source>
        <translation>县级密钥文件 (*.xckey *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This key file is for county {county}, but this school is in county {school}. Ask your county center for the right file.</source>
        <translation>此密钥文件属于县代码 {county}，而本校的县代码是 {school}。请向本县的心理辅导中心索取正确的文件。</translation>
    </message>
    <message>
        <source>This county key is imported already.</source>
        <translation>此县级密钥已导入。</translation>
    </message>
    <message>
        <source>County key file of {center}

County code: {county}
Numbers hidden in bundles: below {threshold}
Follow-up expected: red cases within {red} days, orange within {orange} days
Center key: {recipient}

Import it? From then on, this school&apos;s bundles can be opened by this center only.</source>
        <translation>{center}的县级密钥文件

县代码：{county}
数据包中隐藏的人数：小于 {threshold}
跟进要求：红色个案 {red} 天内，橙色个案 {orange} 天内
中心密钥：{recipient}

确定导入吗？导入后，本校的数据包只有该中心能打开。</translation>
    </message>
    <message>
        <source>A different county key is imported now: it will be replaced.</source>
        <translation>当前已导入另一个县级密钥：它将被替换。</translation>
    </message>
    <message>
        <source>Where to write the enrollment file (a USB stick is fine)</source>
        <translation>选择登记文件的保存位置（可以是U盘）</translation>
    </message>
    <message>
        <source>The enrollment file was written to
{path}

Take it to the county center. Its signing key number is {key_id}: read it to the center on the phone so they can check it before accepting.</source>
        <translation>登记文件已写入
{path}

请把它送到县级心理辅导中心。其签名密钥编号为 {key_id}：请在电话里把编号念给中心，以便中心在接收前核对。</translation>
    </message>
    <message>
        <source>Where to write the bundle (a USB stick is fine)</source>
        <translation>选择数据包的保存位置（可以是U盘）</translation>
    </message>
    <message>
        <source>The bundle was written:
{name}
in {folder}

Take it to the county center. Only the center can open it.</source>
        <translation>数据包已写入：
{name}
位于 {folder}

请把它送到县级心理辅导中心。只有该中心能打开它。</translation>
    </message>
</context>
<context>
    <name>CountyPage</name>
    <message>
        <source>County sync</source>
        <translation>县级同步</translation>
    </message>
    <message>
        <source>Once a month and at the end of each semester, export a bundle for the county counseling center and take it there on a USB stick. Only figures and pseudonymous case lines leave the school; you see all of it before it is written.</source>
        <translation>每月一次、每学期末一次，为县级心理辅导中心导出数据包，用U盘送到中心。离开学校的只有统计数字和化名个案；写入之前，您会看到全部内容。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>County center:</source>
        <translation>县级中心：</translation>
    </message>
    <message>
        <source>Enrollment file:</source>
        <translation>登记文件：</translation>
    </message>
    <message>
        <source>Last bundle:</source>
        <translation>上次数据包：</translation>
    </message>
    <message>
        <source>Staffing:</source>
        <translation>心理教师：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Set-up (once)</source>
        <translation>设置（仅需一次）</translation>
    </message>
    <message>
        <source>Import the county key file…</source>
        <translation>导入县级密钥文件…</translation>
    </message>
    <message>
        <source>Write the enrollment file…</source>
        <translation>写出登记文件…</translation>
    </message>
    <message>
        <source>The county center gives every school its key file; the center accepts this school&apos;s enrollment file once, after checking the key number by phone.</source>
        <translation>县级心理辅导中心向每所学校提供密钥文件；中心通过电话核对密钥编号后，接收本校的登记文件（仅需一次）。</translation>
    </message>
    <message>
        <source>Counselor staffing (sent with every bundle)</source>
        <translation>心理教师配备（随每个数据包报送）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Full-time counselors:</source>
        <translation>专职心理教师：</translation>
    </message>
    <message>
        <source>Part-time:</source>
        <translation>兼职：</translation>
    </message>
    <message>
        <source>With certificate:</source>
        <translation>持证：</translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Preview and export…</source>
        <translation>预览并导出…</translation>
    </message>
    <message>
        <source>No county key file imported yet: bundles cannot be exported.</source>
        <translation>尚未导入县级密钥文件：无法导出数据包。</translation>
    </message>
    <message>
        <source>{center} (county {county}); numbers below {threshold} are hidden</source>
        <translation>{center}（县代码 {county}）；小于 {threshold} 的人数会被隐藏</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>尚未写出。</translation>
    </message>
    <message>
        <source>Written on {when}; signing key number {key_id}</source>
        <translation>写于 {when}；签名密钥编号 {key_id}</translation>
    </message>
    <message>
        <source>None exported yet.</source>
        <translation>尚未导出数据包。</translation>
    </message>
    <message>
        <source>Period {period}, sequence number {sequence}, made on {when} ({file})</source>
        <translation>期间 {period}，序号 {sequence}，生成于 {when}（{file}）</translation>
    </message>
    <message>
        <source>Not filled in yet.</source>
        <translation>尚未填写。</translation>
    </message>
    <message>
        <source>{full_time} full-time, {part_time} part-time, {certified} with certificate</source>
        <translation>专职 {full_time} 人，兼职 {part_time} 人，持证 {certified} 人</translation>
    </message>
    <message>
        <source>Import the county key file first.</source>
        <translation>请先导入县级密钥文件。</translation>
    </message>
</context>
<context>
    <name>CountyWords</name>
    <message>
        <source>Grade 1</source>
        <translation>一年级</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>二年级</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>三年级</translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation>四年级</translation>
    </message>
    <message>
        <source>Grade 5</source>
        <translation>五年级</translation>
    </message>
    <message>
        <source>Grade 6</source>
        <translation>六年级</translation>
    </message>
    <message>
        <source>Grade 7</source>
        <translation>七年级</translation>
    </message>
    <message>
        <source>Grade 8</source>
        <translation>八年级</translation>
    </message>
    <message>
        <source>Grade 9</source>
        <translation>九年级</translation>
    </message>
    <message>
        <source>Senior year 1</source>
        <translation>高一</translation>
    </message>
    <message>
        <source>Senior year 2</source>
        <translation>高二</translation>
    </message>
    <message>
        <source>Senior year 3</source>
        <translation>高三</translation>
    </message>
    <message>
        <source>Vocational year 1</source>
        <translation>职一</translation>
    </message>
    <message>
        <source>Vocational year 2</source>
        <translation>职二</translation>
    </message>
    <message>
        <source>Vocational year 3</source>
        <translation>职三</translation>
    </message>
    <message>
        <source>Grade unknown</source>
        <translation>未分年级</translation>
    </message>
    <message>
        <source>Primary (grade generalized)</source>
        <translation>小学（年级已概括）</translation>
    </message>
    <message>
        <source>Junior middle (grade generalized)</source>
        <translation>初中（年级已概括）</translation>
    </message>
    <message>
        <source>Senior high (grade generalized)</source>
        <translation>高中（年级已概括）</translation>
    </message>
    <message>
        <source>Vocational (grade generalized)</source>
        <translation>职校（年级已概括）</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>未筛查</translation>
    </message>
    <message>
        <source>Nothing abnormal</source>
        <translation>未见异常</translation>
    </message>
    <message>
        <source>Abnormal result</source>
        <translation>结果异常</translation>
    </message>
    <message>
        <source>Invalid questionnaire</source>
        <translation>无效问卷</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>已收到反馈</translation>
    </message>
    <message>
        <source>Feedback pending</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>— (generalized)</source>
        <translation>—（已概括）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>In the group</source>
        <translation>属于该群体</translation>
    </message>
    <message>
        <source>Screening reading</source>
        <translation>筛查结果</translation>
    </message>
    <message>
        <source>Visited on site</source>
        <translation>已实地家访</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Open warning flags (by level, grade, gender)</source>
        <translation>当前预警人数（按级别、年级、性别）</translation>
    </message>
    <message>
        <source>New flags in the period</source>
        <translation>本期新增预警</translation>
    </message>
    <message>
        <source>Flags cleared in the period</source>
        <translation>本期解除预警</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Screening this school year</source>
        <translation>本学年心理筛查</translation>
    </message>
    <message>
        <source>On-site home visits this school year</source>
        <translation>本学年实地家访</translation>
    </message>
    <message>
        <source>Students suspended now</source>
        <translation>当前休学人数</translation>
    </message>
    <message>
        <source>Returns to school in the period</source>
        <translation>本期复学人数</translation>
    </message>
    <message>
        <source>Referrals in the period</source>
        <translation>本期转介</translation>
    </message>
    <message>
        <source>Crisis events in the period</source>
        <translation>本期危机事件</translation>
    </message>
    <message>
        <source>&lt;{threshold}</source>
        <translation>&lt;{threshold}</translation>
    </message>
    <message>
        <source>Hidden: fewer than {threshold}, or hidden with it so that it cannot be worked out from the totals.</source>
        <translation>已隐藏：人数小于 {threshold}，或为防止通过合计推算而一并隐藏。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
</context>
<context>
    <name>CoverageBars</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{visited}/{students}</source>
        <translation>{visited}/{students}</translation>
    </message>
    <message>
        <source>All visited</source>
        <translation>已全部家访</translation>
    </message>
    <message>
        <source>{count} not yet visited</source>
        <translation>{count} 人未家访</translation>
    </message>
    <message>
        <source>No classes with students yet.</source>
        <translation>还没有有学生的班级。</translation>
    </message>
</context>
<context>
    <name>CrisisForm</name>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>事件经过：</translation>
    </message>
    <message>
        <source>Notified:</source>
        <translation>已通知：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>处置结果：</translation>
    </message>
    <message>
        <source>The crisis event was recorded.</source>
        <translation>危机事件已记录。</translation>
    </message>
</context>
<context>
    <name>CrisisTab</name>
    <message>
        <source>Record a crisis event (Ctrl+N)</source>
        <translation>记录危机事件（Ctrl+N）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已通知</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>事件经过：</translation>
    </message>
    <message>
        <source>Notified:</source>
        <translation>已通知：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>处置结果：</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>重新加载数据（F5）</translation>
    </message>
    <message>
        <source>urgent committee concerns waiting for triage</source>
        <translation>条紧急关注等待分诊</translation>
    </message>
    <message>
        <source>A class psychology committee member marked these concerns urgent.</source>
        <translation>班级心理委员将这些关注标记为紧急，请尽快处理。</translation>
    </message>
    <message>
        <source>Open warning flags</source>
        <translation>未解除的预警</translation>
    </message>
    <message>
        <source>not screened this school year</source>
        <translation>本学年尚未筛查</translation>
    </message>
    <message>
        <source>overdue actions</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <source>actions due today</source>
        <translation>今日到期事项</translation>
    </message>
    <message>
        <source>home-visit coverage this school year</source>
        <translation>本学年家访覆盖率</translation>
    </message>
    <message>
        <source>Open flags by grade</source>
        <translation>各年级预警</translation>
    </message>
    <message>
        <source>On-site home visits per class, lowest first</source>
        <translation>各班实地家访覆盖（从低到高）</translation>
    </message>
    <message>
        <source>School year {year} · {count} students in school · updated {time}</source>
        <translation>{year} 学年 · 在校学生 {count} 人 · 更新于 {time}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{visited} of {students} students visited on site</source>
        <translation>已实地家访 {visited} / {students} 人</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 2026-03-05 14:30</source>
        <translation>如 2026-03-05 14:30</translation>
    </message>
    <message>
        <source>e.g. 2026-03-05</source>
        <translation>如 2026-03-05</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>XinAn</source>
        <translation>心安</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group}（{count}）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>{task}: {detail}</source>
        <translation>{task}：{detail}</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date}（已逾期）</translation>
    </message>
    <message>
        <source>{date} ({days} days overdue)</source>
        <translation>{date}（逾期 {days} 天）</translation>
    </message>
    <message>
        <source>{role} {name}</source>
        <translation>{role} {name}</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>Due &amp; overdue</source>
        <translation>待办与逾期</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>目前没有待办事项。</translation>
    </message>
    <message>
        <source>{overdue} overdue · {today} today · {week} this week · {later} later</source>
        <translation>已逾期 {overdue} 项 · 今天 {today} 项 · 本周 {week} 项 · 以后 {later} 项</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>密码错误，请重新输入。</translation>
    </message>
    <message>
        <source>This station is already open in another window. Close that window first, then try again.</source>
        <translation>该站点已在另一个窗口打开。请先关闭那个窗口，再重试。</translation>
    </message>
    <message>
        <source>This station was saved by a newer version of XinAn (data version {schema}; this program knows up to {supported}). Please install the newer version.</source>
        <translation>该站点由更新版本的心安保存（数据版本 {schema}，本程序最高支持 {supported}），无法打开。请安装新版本。</translation>
    </message>
    <message>
        <source>This station was saved by an older version of XinAn. Unlock it once normally to upgrade it, then try again.</source>
        <translation>该站点由旧版本的心安保存。请先正常解锁一次以完成升级，然后重试。</translation>
    </message>
    <message>
        <source>The station files are damaged and cannot be opened. Please restore a backup or ask your technical support for help.</source>
        <translation>站点文件已损坏，无法打开。请用备份恢复，或联系技术支持。</translation>
    </message>
    <message>
        <source>The station database failed its integrity check. Please restore a backup.</source>
        <translation>站点数据库未通过完整性检查。请用备份恢复。</translation>
    </message>
    <message>
        <source>The station is open read-only: nothing can be changed.</source>
        <translation>站点以只读方式打开，不能做任何修改。</translation>
    </message>
    <message>
        <source>The record was not found. It may have been removed.</source>
        <translation>找不到这条记录，它可能已被移除。</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>您的账户没有权限执行此操作。</translation>
    </message>
    <message>
        <source>There is no station in this folder.</source>
        <translation>此文件夹中没有站点。</translation>
    </message>
    <message>
        <source>A station already exists in this folder.</source>
        <translation>此文件夹中已经有一个站点。</translation>
    </message>
    <message>
        <source>The file was not imported: it does not have the expected content.</source>
        <translation>文件未导入：文件内容不符合要求。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，没有写入任何内容。</translation>
    </message>
    <message>
        <source>The disk (or USB stick) is full: the file was not written and nothing was changed. Free some space or choose another folder, then try again.</source>
        <translation>磁盘（或U盘）已满：文件没有写入，也没有任何更改。请腾出空间或选择其他文件夹，然后重试。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>county code</source>
        <translation>县区代码</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>guardian&apos;s phone number</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>next date</source>
        <translation>下次日期</translation>
    </message>
    <message>
        <source>visit date</source>
        <translation>家访日期</translation>
    </message>
    <message>
        <source>next visit date</source>
        <translation>下次家访日期</translation>
    </message>
    <message>
        <source>feedback date</source>
        <translation>反馈日期</translation>
    </message>
    <message>
        <source>certificate date</source>
        <translation>证明日期</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>周期结束日期</translation>
    </message>
    <message>
        <source>class climate</source>
        <translation>班级氛围</translation>
    </message>
    <message>
        <source>concerns</source>
        <translation>关注事项</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>follow-up interval</source>
        <translation>随访间隔</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>classmate&apos;s name</source>
        <translation>同学姓名</translation>
    </message>
    <message>
        <source>what you noticed</source>
        <translation>关注的情况</translation>
    </message>
    <message>
        <source>note</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <source>description of what happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>problem summary</source>
        <translation>问题概述</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>家访人员</translation>
    </message>
    <message>
        <source>hospital or clinic</source>
        <translation>转介医院或机构</translation>
    </message>
    <message>
        <source>certificate issuer</source>
        <translation>证明出具医院</translation>
    </message>
    <message>
        <source>referral date</source>
        <translation>转介日期</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>转介记录</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>next review date</source>
        <translation>下次复核日期</translation>
    </message>
    <message>
        <source>due date of the measure</source>
        <translation>措施完成期限</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Please fill in the {field}.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <source>The {field} is not in the right format.</source>
        <translation>{field}格式不正确。</translation>
    </message>
    <message>
        <source>This {field} already exists.</source>
        <translation>该{field}已存在。</translation>
    </message>
    <message>
        <source>The two {field} entries differ.</source>
        <translation>两次输入的{field}不一致。</translation>
    </message>
    <message>
        <source>The {field} is out of the allowed range.</source>
        <translation>{field}超出允许范围。</translation>
    </message>
    <message>
        <source>The {field} is before the date it must follow.</source>
        <translation>{field}早于它之前应有的日期，请检查日期先后。</translation>
    </message>
    <message>
        <source>The {field} cannot be in the future.</source>
        <translation>{field}不能晚于今天。</translation>
    </message>
    <message>
        <source>The {field} is not a date (write e.g. 2026-03-05).</source>
        <translation>{field}不是有效日期（请按 2026-03-05 的格式填写）。</translation>
    </message>
    <message>
        <source>The {field} is not a date and time (write e.g. 2026-03-05 14:30).</source>
        <translation>{field}不是有效的日期时间（请按 2026-03-05 14:30 的格式填写）。</translation>
    </message>
    <message>
        <source>The password is too weak: use at least {min} characters, with at least 4 different ones.</source>
        <translation>密码太弱：至少需要 {min} 个字符，且至少包含 4 个不同的字符。</translation>
    </message>
    <message>
        <source>The user name must be 2-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>账户名须为 2–32 个英文字母、数字或“.”“_”“-”。</translation>
    </message>
    <message>
        <source>The county code must be 6 digits.</source>
        <translation>县区代码须为 6 位数字。</translation>
    </message>
    <message>
        <source>The warning level is already set to this.</source>
        <translation>预警等级已经是这一级，没有变化。</translation>
    </message>
    <message>
        <source>The student is not suspended.</source>
        <translation>该学生不在休学状态。</translation>
    </message>
    <message>
        <source>The student is already suspended.</source>
        <translation>该学生已经休学。</translation>
    </message>
    <message>
        <source>A report cannot say &apos;nothing to report&apos; and list concerns.</source>
        <translation>周报不能既选“无情况报告”又列出关注事项。</translation>
    </message>
    <message>
        <source>Please choose your class.</source>
        <translation>请选择你的班级。</translation>
    </message>
    <message>
        <source>This name is not on the committee list of the class.</source>
        <translation>这个名字不在该班心理委员名单中。</translation>
    </message>
    <message>
        <source>Please choose which student this concern is about.</source>
        <translation>请选择这条关注涉及的学生。</translation>
    </message>
    <message>
        <source>This student has no open warning flag to merge into.</source>
        <translation>该学生目前没有可并入的预警。</translation>
    </message>
    <message>
        <source>This concern has already been handled.</source>
        <translation>这条关注已经处理过了。</translation>
    </message>
    <message>
        <source>Please choose a warning level.</source>
        <translation>请选择预警级别。</translation>
    </message>
    <message>
        <source>A head teacher needs at least one class.</source>
        <translation>班主任账号至少需要一个班级。</translation>
    </message>
    <message>
        <source>A grade leader needs a grade.</source>
        <translation>年级组长账号需要指定年级。</translation>
    </message>
    <message>
        <source>A return needs a certificate from a specialist hospital: fill in the hospital that issued it.</source>
        <translation>复学须有专科医院出具的证明：请填写出具证明的医院。</translation>
    </message>
    <message>
        <source>A return needs a certificate from a specialist hospital: fill in the date of the certificate.</source>
        <translation>复学须有专科医院出具的证明：请填写证明日期。</translation>
    </message>
    <message>
        <source>The certificate cannot be dated after the return.</source>
        <translation>证明日期不能晚于复学日期。</translation>
    </message>
    <message>
        <source>The file was made for another county than this one.</source>
        <translation>该文件是为另一个县制作的，不属于本县。</translation>
    </message>
    <message>
        <source>A different county key has been imported already.</source>
        <translation>已经导入了另一个县级密钥。</translation>
    </message>
    <message>
        <source>Another bundle was exported since this preview. Please preview again.</source>
        <translation>预览之后已导出了另一个数据包。请重新预览。</translation>
    </message>
    <message>
        <source>This period has not started yet.</source>
        <translation>该期间尚未开始。</translation>
    </message>
    <message>
        <source>Staff numbers must be from 0 to 1000.</source>
        <translation>人数必须在 0 到 1000 之间。</translation>
    </message>
    <message>
        <source>There cannot be more certified counselors than counselors.</source>
        <translation>持证心理教师不能多于心理教师总数。</translation>
    </message>
    <message>
        <source>This signing key is already used by another school.</source>
        <translation>此签名密钥已被另一所学校使用。</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>文件太大。</translation>
    </message>
    <message>
        <source>Old .xls (or WPS .et) workbooks cannot be read. Open the file in Excel or WPS, save it as .xlsx and import that file.</source>
        <translation>无法读取旧版 .xls（或 WPS .et）工作簿。请用 Excel 或 WPS 打开该文件，另存为 .xlsx 后导入新文件。</translation>
    </message>
    <message>
        <source>This is not a spreadsheet XinAn can read. Save it as .xlsx or .csv.</source>
        <translation>心安无法读取这种文件。请另存为 .xlsx 或 .csv 格式。</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>找不到该文件。</translation>
    </message>
    <message>
        <source>The file cannot be read. Is it open in another program?</source>
        <translation>无法读取该文件。文件是否正被其他程序打开？</translation>
    </message>
    <message>
        <source>Please choose a file, not a folder.</source>
        <translation>请选择一个文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件是空的。</translation>
    </message>
    <message>
        <source>The file is too large to import.</source>
        <translation>文件太大，无法导入。</translation>
    </message>
    <message>
        <source>This is an old .xls file or a workbook protected by a password. Remove the password, save it as .xlsx in Excel or WPS and import that file.</source>
        <translation>这是旧版 .xls 文件或设有密码保护的工作簿。请取消密码，用 Excel 或 WPS 另存为 .xlsx 后导入新文件。</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete. Open it in Excel or WPS, save it as .xlsx again and import that file.</source>
        <translation>工作簿已损坏或不完整。请用 Excel 或 WPS 打开，重新另存为 .xlsx 后导入新文件。</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows.</source>
        <translation>文件超过 {limit} 行。</translation>
    </message>
    <message>
        <source>The text file is neither UTF-8 nor GBK. Save it as .xlsx in Excel or WPS.</source>
        <translation>该文本文件既不是 UTF-8 也不是 GBK 编码。请用 Excel 或 WPS 另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The text file cannot be read as a table.</source>
        <translation>无法把该文本文件读取为表格。</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>No header row naming the required columns was found near the top of the sheet.</source>
        <translation>在工作表开头没有找到包含必需列名的表头行。</translation>
    </message>
    <message>
        <source>The header row (row {row}) lacks the column(s) {missing}.</source>
        <translation>表头行（第 {row} 行）缺少以下列：{missing}。</translation>
    </message>
    <message>
        <source>The sheet lacks the column(s) {missing}: choose the columns that hold them in the preview, then import.</source>
        <translation>表格缺少以下列：{missing}。请先在预览中指定对应的列，再导入。</translation>
    </message>
    <message>
        <source>Missing.</source>
        <translation>未填写。</translation>
    </message>
    <message>
        <source>Not in the right format.</source>
        <translation>格式不正确。</translation>
    </message>
    <message>
        <source>Digits were lost because the cell holds a number. Format the column as text and type the number again.</source>
        <translation>单元格按数字保存，位数已丢失。请把该列设为文本格式后重新输入。</translation>
    </message>
    <message>
        <source>Item {position} is not a known key group (e.g. 留守、贫困).</source>
        <translation>第 {position} 项不是已知的重点群体（例如：留守、贫困）。</translation>
    </message>
    <message>
        <source>The value is out of the plausible range.</source>
        <translation>数值超出合理范围。</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>没有这个日期。</translation>
    </message>
    <message>
        <source>The day is missing (write e.g. 2011-03-05).</source>
        <translation>缺少日（请写成如 2011-03-05）。</translation>
    </message>
    <message>
        <source>Cannot tell the grade: fill in 年级.</source>
        <translation>无法判断年级：请填写“年级”列。</translation>
    </message>
    <message>
        <source>The same student number is also on row {rows}.</source>
        <translation>第 {rows} 行也有相同的学籍号。</translation>
    </message>
    <message>
        <source>Unknown value (write 男 or 女).</source>
        <translation>无法识别（请填写“男”或“女”）。</translation>
    </message>
    <message>
        <source>Unknown value (write 是 or 否).</source>
        <translation>无法识别（请填写“是”或“否”）。</translation>
    </message>
    <message>
        <source>Not a date (write e.g. 2011-03-05).</source>
        <translation>不是日期（请写成如 2011-03-05）。</translation>
    </message>
    <message>
        <source>The birth date is not plausible.</source>
        <translation>出生日期不合理。</translation>
    </message>
    <message>
        <source>A student number has 6 to 30 letters or digits.</source>
        <translation>学籍号应为 6 至 30 位字母或数字。</translation>
    </message>
    <message>
        <source>Not a valid phone number.</source>
        <translation>电话号码无效。</translation>
    </message>
    <message>
        <source>Missing (the row gives a grade).</source>
        <translation>未填写（该行填写了年级）。</translation>
    </message>
    <message>
        <source>This cell cannot be read.</source>
        <translation>无法读取该单元格。</translation>
    </message>
    <message>
        <source>The {field} is not valid.</source>
        <translation>{field}无效。</translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation>操作未能完成。</translation>
    </message>
    <message>
        <source>An unexpected error occurred ({kind}) and the step was not completed. Please try again, and tell your technical support if it happens again.</source>
        <translation>发生了意外错误（{kind}），这一步没有完成。请重试；如果再次出现，请告知技术支持。</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>转介记录：</translation>
    </message>
    <message>
        <source>Feedback received on:</source>
        <translation>收到反馈日期：</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>反馈内容：</translation>
    </message>
    <message>
        <source>{date} {institution}</source>
        <translation>{date} {institution}</translation>
    </message>
    <message>
        <source>The feedback was recorded.</source>
        <translation>反馈已记录。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部预警等级</translation>
    </message>
    <message>
        <source>Key group</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>All key groups</source>
        <translation>全部重点群体</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Not visited this year</source>
        <translation>本学年未家访</translation>
    </message>
    <message>
        <source>Not screened this year</source>
        <translation>本学年未测评</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>有逾期</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部年级</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
</context>
<context>
    <name>FlagsByGradeChart</name>
    <message>
        <source>{grade}, {level}: {count} students — click to list them</source>
        <translation>{grade}，{level}：{count} 人（点击查看名单）</translation>
    </message>
</context>
<context>
    <name>FlagsTab</name>
    <message>
        <source>Change warning level…</source>
        <translation>调整预警等级…</translation>
    </message>
    <message>
        <source>Change the warning level (Ctrl+N)</source>
        <translation>调整预警等级（Ctrl+N）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>调整前</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>发现层级</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Raised by:</source>
        <translation>发现层级：</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>报告人：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Save interval</source>
        <translation>保存间隔</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Follow-up visit at least every</source>
        <translation>随访间隔不超过</translation>
    </message>
    <message>
        <source>Open growth file</source>
        <translation>打开成长档案</translation>
    </message>
    <message>
        <source>Record the follow-up visit there (Enter)</source>
        <translation>在成长档案中记录随访（回车）</translation>
    </message>
    <message>
        <source>Plan a visit…</source>
        <translation>安排家访…</translation>
    </message>
    <message>
        <source>{count} students to follow up, {overdue} overdue</source>
        <translation>需随访 {count} 人，其中 {overdue} 人逾期</translation>
    </message>
</context>
<context>
    <name>FontBox</name>
    <message>
        <source>Font of printed documents</source>
        <translation>打印字体</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>PDFs embed the Chinese characters they use, so they print on any computer. Only TrueType fonts (.ttf, or .ttc collections such as msyh.ttc) can be embedded.</source>
        <translation>PDF 会嵌入所用的汉字字形，在任何电脑上都能正常打印。只有 TrueType 字体（.ttf，或 msyh.ttc 这类 .ttc 字体集）可以嵌入。</translation>
    </message>
    <message>
        <source>Choose a font file…</source>
        <translation>选择字体文件…</translation>
    </message>
    <message>
        <source>Find one automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <source>The font setting cannot be read right now.</source>
        <translation>暂时无法读取打印字体设置。</translation>
    </message>
    <message>
        <source>Embedded font: {file}</source>
        <translation>嵌入字体：{file}</translation>
    </message>
    <message>
        <source>Built-in font STSong-Light (not embedded)</source>
        <translation>内置字体 STSong-Light（未嵌入）</translation>
    </message>
    <message>
        <source>Choose a TrueType font</source>
        <translation>选择 TrueType 字体</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <source>This file cannot be used: it is not a TrueType font with Chinese characters that can be embedded. Choose a .ttf or .ttc file such as simhei.ttf or msyh.ttc; the font in use was not changed.</source>
        <translation>无法使用此文件：它不是可嵌入的中文 TrueType 字体。请选择 simhei.ttf、msyh.ttc 等 .ttf 或 .ttc 文件；当前字体没有改变。</translation>
    </message>
</context>
<context>
    <name>GradeEditor</name>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>班级数</translation>
    </message>
    <message>
        <source>Add a grade</source>
        <translation>添加年级</translation>
    </message>
    <message>
        <source>Remove this grade</source>
        <translation>删除这个年级</translation>
    </message>
    <message>
        <source>{count} classes will be created, e.g. {example}.</source>
        <translation>将创建 {count} 个班级，例如“{example}”。</translation>
    </message>
    <message>
        <source>No classes will be created now.</source>
        <translation>现在不创建班级。</translation>
    </message>
</context>
<context>
    <name>GrowthForm</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>GrowthTabs</name>
    <message>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Warning flags</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Leave and return</source>
        <translation>休学复学</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>测评</translation>
    </message>
</context>
<context>
    <name>GrowthWindow</name>
    <message>
        <source>Growth file</source>
        <translation>成长档案</translation>
    </message>
    <message>
        <source>Opening the growth file…</source>
        <translation>正在打开成长档案…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the growth file as a PDF (Ctrl+P)</source>
        <translation>将成长档案打印为 PDF（Ctrl+P）</translation>
    </message>
    <message>
        <source>Growth file — {name}</source>
        <translation>成长档案 — {name}</translation>
    </message>
    <message>
        <source>Some input in this growth file has not been saved. Close it and discard the input?</source>
        <translation>此成长档案中有尚未保存的内容。仍要关闭并放弃这些内容吗？</translation>
    </message>
</context>
<context>
    <name>GuardianEditor</name>
    <message>
        <source>Add guardian</source>
        <translation>添加监护人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation, e.g. mother</source>
        <translation>关系，如：母亲</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Remove this guardian</source>
        <translation>删除此监护人</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <source>Roster checked</source>
        <translation>名册检查结果</translation>
    </message>
    <message>
        <source>{rows} student rows were read. Importing adds {created} students, updates {updated} and leaves {unchanged} unchanged; it creates {grades} grades, {classes} classes and {dorms} dorms.</source>
        <translation>共读取 {rows} 行学生数据。导入将新增 {created} 名学生，更新 {updated} 名，{unchanged} 名不变；并新建 {grades} 个年级、{classes} 个班级、{dorms} 个宿舍。</translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>{count} rows have problems (listed below). Correct them in the file and check again, or import only the valid rows.</source>
        <translation>{count} 行有问题（见下表）。请在文件中改正后重新检查，或只导入没有问题的行。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>仅导入有效行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Committee reports</source>
        <translation>心理委员报告</translation>
    </message>
    <message>
        <source>Concerns awaiting triage</source>
        <translation>待处理关注</translation>
    </message>
    <message>
        <source>Weekly reports</source>
        <translation>每周报告</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>心理委员</translation>
    </message>
    <message>
        <source>No concerns await triage.</source>
        <translation>没有待处理的关注。</translation>
    </message>
</context>
<context>
    <name>LeaveForm</name>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Certificate issued by:</source>
        <translation>证明出具医院：</translation>
    </message>
    <message>
        <source>specialist hospital</source>
        <translation>专科医院</translation>
    </message>
    <message>
        <source>Certificate dated:</source>
        <translation>证明日期：</translation>
    </message>
    <message>
        <source>A return to school needs a certificate from a specialist hospital. Fill in the hospital that issued it and its date; until then the return cannot be saved.</source>
        <translation>复学须有专科医院出具的证明。请填写出具证明的医院和证明日期，填写完整之前不能保存复学记录。</translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation>登记复学</translation>
    </message>
    <message>
        <source>Record the suspension</source>
        <translation>登记休学</translation>
    </message>
    <message>
        <source>The student&apos;s return was recorded.</source>
        <translation>复学已登记。</translation>
    </message>
    <message>
        <source>The suspension was recorded.</source>
        <translation>休学已登记。</translation>
    </message>
</context>
<context>
    <name>LeaveTab</name>
    <message>
        <source>Suspension or return</source>
        <translation>休学或复学</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>复学证明</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Certificate issued by:</source>
        <translation>证明出具医院：</translation>
    </message>
    <message>
        <source>Certificate dated:</source>
        <translation>证明日期：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>Change the warning level</source>
        <translation>调整预警等级</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The level change has not been saved. Discard it?</source>
        <translation>预警等级调整尚未保存。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>LevelForm</name>
    <message>
        <source>New level:</source>
        <translation>新等级：</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <source>Raised by (network level):</source>
        <translation>发现层级（四级网络）：</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>报告人：</translation>
    </message>
    <message>
        <source>e.g. class committee member</source>
        <translation>如：班级心理委员</translation>
    </message>
    <message>
        <source>The warning level was changed.</source>
        <translation>预警等级已调整。</translation>
    </message>
    <message>
        <source>Change level</source>
        <translation>调整等级</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Red (Level I)</source>
        <translation>红色(Ⅰ级)</translation>
    </message>
    <message>
        <source>Orange (Level II)</source>
        <translation>橙色(Ⅱ级)</translation>
    </message>
    <message>
        <source>Yellow (Level III)</source>
        <translation>黄色(Ⅲ级)</translation>
    </message>
    <message>
        <source>Blue (Level IV)</source>
        <translation>蓝色(Ⅳ级)</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>无预警</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>XinAn — {school}</source>
        <translation>心安 — {school}</translation>
    </message>
    <message>
        <source>XinAn</source>
        <translation>心安</translation>
    </message>
    <message>
        <source>The station database failed its integrity check, so it was opened read-only: nothing can be saved. Please restore a backup or ask your technical support for help.</source>
        <translation>站点数据库未通过完整性检查，已以只读方式打开：任何修改都无法保存。请用备份恢复，或联系技术支持。</translation>
    </message>
    <message>
        <source>The station is open read-only: nothing can be saved.</source>
        <translation>站点以只读方式打开：任何修改都无法保存。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock the station (Ctrl+L)</source>
        <translation>锁定站点 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Some input has not been saved yet. Close XinAn anyway?</source>
        <translation>还有尚未保存的输入。仍要关闭心安吗？</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Add measure</source>
        <translation>添加措施</translation>
    </message>
</context>
<context>
    <name>MeasureRow</name>
    <message>
        <source>What will be done</source>
        <translation>措施内容</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Remove this measure</source>
        <translation>删除此措施</translation>
    </message>
</context>
<context>
    <name>MembersBox</name>
    <message>
        <source>Committee members choose their name from this list when they hand in a report. The names and the class lists are kept in the station&apos;s public file station.pub; nothing else is.</source>
        <translation>心理委员提交报告时从这份名单中选择自己的名字。心理委员名单和班级学生名单保存在工作站的公开文件 station.pub 中，其他信息都不在其中。</translation>
    </message>
    <message>
        <source>Remove from the committee</source>
        <translation>免去心理委员</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Student&apos;s name</source>
        <translation>学生姓名</translation>
    </message>
    <message>
        <source>Appoint</source>
        <translation>任命</translation>
    </message>
    <message>
        <source>{where} · {name}</source>
        <translation>{where} · {name}</translation>
    </message>
    <message>
        <source>Remove {name} from the psychology committee of {where}?</source>
        <translation>确定免去 {name} 在{where}的心理委员职务吗？</translation>
    </message>
</context>
<context>
    <name>MhtThresholdsBox</name>
    <message>
        <source>MHT thresholds</source>
        <translation>MHT 判定标准</translation>
    </message>
    <message>
        <source>Unreliable when the validity (lie) score is above</source>
        <translation>效度（测谎）得分高于此值视为不可靠</translation>
    </message>
    <message>
        <source>Individual plan from a total anxiety score of</source>
        <translation>总焦虑分达到此值需制定个别辅导计划</translation>
    </message>
    <message>
        <source>A content scale is abnormal from</source>
        <translation>内容分量表得分达到此值为异常</translation>
    </message>
    <message>
        <source>Changes apply to the next imports; stored results keep their reading.</source>
        <translation>修改只对之后的导入生效；已保存的结果保留原有解释。</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Validity above 7, total 65, scale 8</source>
        <translation>效度高于 7、总分 65、分量表 8</translation>
    </message>
    <message>
        <source>Save thresholds</source>
        <translation>保存标准</translation>
    </message>
    <message>
        <source>The thresholds were saved; they apply to the next import.</source>
        <translation>判定标准已保存，将用于之后的导入。</translation>
    </message>
</context>
<context>
    <name>Nav</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Due &amp; overdue</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>Committee reports</source>
        <translation>委员周报</translation>
    </message>
    <message>
        <source>County sync</source>
        <translation>县级同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Create the account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>e.g. 李老师</source>
        <translation>例如：李老师</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>请选择角色</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>年级：</translation>
    </message>
    <message>
        <source>Account {username} created.</source>
        <translation>账号 {username} 已创建。</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>{count} report file(s) could not be opened and were set aside in the folder inbox/quarantine: {files}. They may be damaged, changed on the way, or meant for another station; nothing from them was imported. Please ask the committee members concerned to hand in their reports again.</source>
        <translation>有 {count} 份报告文件无法打开，已移到 inbox/quarantine 文件夹：{files}。这些文件可能已损坏、在传递中被改动，或属于其他工作站；其中的内容均未导入。请让相关心理委员重新提交报告。</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>New warnings</source>
        <translation>新的预警</translation>
    </message>
    <message>
        <source>Warnings were raised for these students:</source>
        <translation>以下学生被列为预警对象：</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>{name} ({class_name})</source>
        <translation>{name}（{class_name}）</translation>
    </message>
    <message>
        <source>a student you can no longer see (the level was lowered since)</source>
        <translation>一名你已无法查看的学生（预警级别已下调）</translation>
    </message>
    <message>
        <source>{when} · {level}: {student}</source>
        <translation>{when} · {level}：{student}</translation>
    </message>
</context>
<context>
    <name>PasswordBox</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>The station is open read-only.</source>
        <translation>站点以只读方式打开。</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>正在修改密码…</translation>
    </message>
    <message>
        <source>Password changed. Use the new password from now on.</source>
        <translation>密码已修改。今后请使用新密码解锁。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>At least {min} characters, with at least 4 different ones.</source>
        <translation>至少 {min} 个字符，且至少包含 4 个不同的字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PeriodBox</name>
    <message>
        <source>A month:</source>
        <translation>某月：</translation>
    </message>
    <message>
        <source>A semester:</source>
        <translation>某学期：</translation>
    </message>
    <message>
        <source>This month ({period})</source>
        <translation>本月（{period}）</translation>
    </message>
    <message>
        <source>{first}–{second} school year, semester {term} ({start} – {end})</source>
        <translation>{first}–{second} 学年第 {term} 学期（{start} 至 {end}）</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>Planned visits</source>
        <translation>计划中的家访</translation>
    </message>
    <message>
        <source>Fill in the form from the plan</source>
        <translation>按计划填写记录</translation>
    </message>
    <message>
        <source>{date} · {kind} · {purpose}</source>
        <translation>{date} · {kind} · {purpose}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan home visits</source>
        <translation>制定家访计划</translation>
    </message>
    <message>
        <source>{month}/{year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Give the ticked students this date</source>
        <translation>将此日期用于已勾选的学生</translation>
    </message>
    <message>
        <source>Tick students, then double-click a date to change it.</source>
        <translation>勾选学生，双击日期可修改。</translation>
    </message>
    <message>
        <source>e.g. head teacher Li, counselor Wang</source>
        <translation>如：班主任李老师、心理老师王老师</translation>
    </message>
    <message>
        <source>e.g. annual on-site visit</source>
        <translation>如：学年实地家访</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>家访方式：</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>家访人员：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>家访目的：</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>You have no class to plan visits for.</source>
        <translation>您没有可安排家访的班级。</translation>
    </message>
    <message>
        <source>Save plan ({count})</source>
        <translation>保存计划（{count} 人）</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Problem summary:</source>
        <translation>问题概述：</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>下次复核：</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>措施：</translation>
    </message>
    <message>
        <source>The plan was saved as a new version.</source>
        <translation>计划已保存为新版本。</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Edit plan (new version)…</source>
        <translation>修订计划（生成新版本）…</translation>
    </message>
    <message>
        <source>Write the next version of the plan (Ctrl+N)</source>
        <translation>修订计划，生成新版本（Ctrl+N）</translation>
    </message>
    <message>
        <source>Only the measures assigned to teachers, mentors and guardians are shown.</source>
        <translation>仅显示分配给班主任、导师和监护人的措施。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saving writes a new version; earlier versions stay as they were.</source>
        <translation>保存后生成新版本，以前的版本保持不变。</translation>
    </message>
    <message>
        <source>Write a plan…</source>
        <translation>制定计划…</translation>
    </message>
    <message>
        <source>Version {version} · {date}</source>
        <translation>第 {version} 版 · {date}</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>The changes to the plan have not been saved. Discard them?</source>
        <translation>计划的修改尚未保存。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Problem summary:</source>
        <translation>问题概述：</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>下次复核：</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>负责人姓名</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>There is no plan yet.</source>
        <translation>尚未制定计划。</translation>
    </message>
    <message>
        <source>Version {version} of {date} by {author}</source>
        <translation>第 {version} 版，{date}，{author}</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（当前版本）</translation>
    </message>
    <message>
        <source> (earlier version)</source>
        <translation>（历史版本）</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <source>{name}: the date is outside the planned month.</source>
        <translation>{name}：日期不在计划的月份内。</translation>
    </message>
    <message>
        <source>{name}: a visit cannot be planned in the past.</source>
        <translation>{name}：不能把家访安排在过去的日期。</translation>
    </message>
    <message>
        <source>{name} is planned twice on the same day.</source>
        <translation>{name} 在同一天被安排了两次。</translation>
    </message>
    <message>
        <source>A visit is already planned for a ticked student on that day. Choose another day.</source>
        <translation>已勾选的学生当天已经计划了家访，请另选日期。</translation>
    </message>
    <message>
        <source>A ticked student has left the school and cannot be visited.</source>
        <translation>已勾选的学生已离校，不能安排家访。</translation>
    </message>
    <message>
        <source>Tick at least one student.</source>
        <translation>请至少勾选一名学生。</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>This planned visit was recorded or cancelled meanwhile.</source>
        <translation>这次计划家访已在此期间被记录或取消。</translation>
    </message>
    <message>
        <source>The visit is for another student.</source>
        <translation>这条家访记录属于另一名学生。</translation>
    </message>
    <message>
        <source>The follow-up interval must be from 7 to 366 days.</source>
        <translation>随访间隔须在 7 到 366 天之间。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已家访</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>家访方式</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>家访人员</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>家访目的</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Cancelled ({reason})</source>
        <translation>已取消（{reason}）</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次家访</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次随访</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未家访</translation>
    </message>
    <message>
        <source>Overdue (never visited)</source>
        <translation>已逾期（从未家访）</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>已逾期（应于 {date}）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>On-site visit this year</source>
        <translation>本学年实地家访</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>尚未家访</translation>
    </message>
    <message>
        <source>Your account cannot record home visits.</source>
        <translation>您的账号不能记录家访。</translation>
    </message>
    <message>
        <source>The home-visit form of this growth file holds unsaved input. Replace it with the planned visit?</source>
        <translation>该成长档案的家访记录表中有未保存的内容。要用计划家访的内容替换吗？</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <source>Open planned visits (all months)</source>
        <translation>未完成的计划家访（所有月份）</translation>
    </message>
    <message>
        <source>All planned visits of {month}/{year}</source>
        <translation>{year}年{month}月的全部计划家访</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>制定家访计划…</translation>
    </message>
    <message>
        <source>Plan home visits for a month (Ctrl+N)</source>
        <translation>制定一个月的家访计划（Ctrl+N）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Record the visit…</source>
        <translation>按计划记录家访…</translation>
    </message>
    <message>
        <source>Open the growth file with the record form filled in from the plan (Enter)</source>
        <translation>打开成长档案，按计划预填家访记录（回车）</translation>
    </message>
    <message>
        <source>Cancel the planned visit…</source>
        <translation>取消计划家访…</translation>
    </message>
    <message>
        <source>Print the record form…</source>
        <translation>打印家访记录表…</translation>
    </message>
    <message>
        <source>The home-visit record form with the student and the purpose filled in</source>
        <translation>已填好学生信息和家访目的的家访记录表</translation>
    </message>
    <message>
        <source>Blank record form…</source>
        <translation>空白家访记录表…</translation>
    </message>
    <message>
        <source>An empty home-visit record form</source>
        <translation>空白的家访记录表</translation>
    </message>
    <message>
        <source>{open} open, {overdue} of them overdue</source>
        <translation>未完成 {open} 次，其中 {overdue} 次已逾期</translation>
    </message>
    <message>
        <source>{count} home visits were planned.</source>
        <translation>已计划 {count} 次家访。</translation>
    </message>
    <message>
        <source>Why is the visit to {name} on {date} cancelled?</source>
        <translation>为什么取消 {date} 对 {name} 的家访？</translation>
    </message>
    <message>
        <source>Cancel a planned visit</source>
        <translation>取消计划家访</translation>
    </message>
    <message>
        <source>The planned visit was cancelled.</source>
        <translation>计划家访已取消。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>County bundle — check before export</source>
        <translation>县级数据包——导出前请核对</translation>
    </message>
    <message>
        <source>Monthly bundle {period} for {center}, sequence number {sequence}</source>
        <translation>发送给{center}的月度数据包 {period}，序号 {sequence}</translation>
    </message>
    <message>
        <source>Semester bundle {period} for {center}, sequence number {sequence}</source>
        <translation>发送给{center}的学期数据包 {period}，序号 {sequence}</translation>
    </message>
    <message>
        <source>This is exactly what will leave the school. Never included: student names, student numbers, birth dates, guardians and their phone numbers, class names, dormitories, and any free text (flag reasons, conversation notes, visit records, plan contents, referral institutions). Students appear only as pseudonymous numbers the county cannot trace back; numbers smaller than {threshold} are hidden.</source>
        <translation>以下就是将要离开学校的全部内容。不会包含：学生姓名、学籍号、出生日期、监护人及其电话、班级名称、宿舍，以及任何文字记录（预警原因、谈话记录、家访记录、计划内容、转介机构）。学生只以化名编号出现，县里无法还原身份；小于 {threshold} 的人数会被隐藏。</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>文字说明</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>统计表</translation>
    </message>
    <message>
        <source>Red and orange cases ({count})</source>
        <translation>红色、橙色个案（{count}）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>化名编号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Flagged for</source>
        <translation>预警时长</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已转介</translation>
    </message>
    <message>
        <source>Plan in place</source>
        <translation>已有计划</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>逾期事项</translation>
    </message>
    <message>
        <source>The first digits of each pseudonym; the same student keeps it in every bundle.</source>
        <translation>化名编号的前几位；同一学生在每个数据包中的编号都相同。</translation>
    </message>
    <message>
        <source>Confirm export…</source>
        <translation>确认导出…</translation>
    </message>
</context>
<context>
    <name>PrintedDialog</name>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The font file chosen in Settings cannot be used, so another font was used.</source>
        <translation>设置中选择的字体文件无法使用，已改用其他字体。</translation>
    </message>
    <message>
        <source>No Chinese TrueType font that can be embedded was found. The PDF uses the built-in STSong-Light font, which is not embedded and may not show on every computer. Choose a font file (e.g. simhei.ttf, msyh.ttc, wqy-microhei.ttc) in Settings.</source>
        <translation>未找到可嵌入的中文 TrueType 字体。PDF 使用了内置的 STSong-Light 字体，该字体未嵌入，在有些电脑上可能无法正常显示。请在“设置”中选择字体文件（如 simhei.ttf、msyh.ttc、wqy-microhei.ttc）。</translation>
    </message>
    <message>
        <source>{files} growth files ({pages} pages) were saved.</source>
        <translation>已保存 {files} 份成长档案（共 {pages} 页）。</translation>
    </message>
    <message>
        <source>Printing was stopped before the end.</source>
        <translation>打印在完成前被停止。</translation>
    </message>
    <message>
        <source>The PDF ({pages} pages) was saved:</source>
        <translation>PDF（{pages} 页）已保存：</translation>
    </message>
    <message>
        <source>Choose the folder for the PDF</source>
        <translation>选择保存 PDF 的文件夹</translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists (was the USB stick removed?). Nothing was printed; choose the folder again.</source>
        <translation>文件夹 {folder} 已不存在（U 盘被拔出了吗？）。没有打印任何内容，请重新选择文件夹。</translation>
    </message>
    <message>
        <source>The PDF cannot be written into {folder}: the folder is read-only or the file is open in another program. Nothing was written; choose another folder.</source>
        <translation>无法把 PDF 写入 {folder}：该文件夹是只读的，或文件正被其他程序打开。没有写入任何内容，请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Semester report…</source>
        <translation>学期工作报告…</translation>
    </message>
    <message>
        <source>Print the semester mental-health work report as a PDF</source>
        <translation>将学期心理健康工作报告打印为 PDF</translation>
    </message>
    <message>
        <source>Print growth files…</source>
        <translation>批量打印成长档案…</translation>
    </message>
    <message>
        <source>Every growth file of the school or of one class, one PDF each</source>
        <translation>全校或一个班级的全部成长档案，每人一个 PDF</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Student number:</source>
        <translation>学籍号：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Head teacher:</source>
        <translation>班主任：</translation>
    </message>
    <message>
        <source>Dorm:</source>
        <translation>宿舍：</translation>
    </message>
    <message>
        <source>Boards at school</source>
        <translation>住校</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>学籍状态：</translation>
    </message>
    <message>
        <source>Mentor:</source>
        <translation>导师：</translation>
    </message>
    <message>
        <source>Key groups:</source>
        <translation>重点群体：</translation>
    </message>
    <message>
        <source>Guardians:</source>
        <translation>监护人：</translation>
    </message>
    <message>
        <source>Counselor&apos;s notes:</source>
        <translation>心理教师备注：</translation>
    </message>
    <message>
        <source>The student&apos;s details were saved.</source>
        <translation>学生信息已保存。</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Student</source>
        <translation>学生信息</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>个案状态</translation>
    </message>
    <message>
        <source>{status} since {date}: {reason}</source>
        <translation>{status}（{date}：{reason}）</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>ReceiveAction</name>
    <message>
        <source>Receive a transferred file…</source>
        <translation>接收转入档案…</translation>
    </message>
    <message>
        <source>Take in the growth file of a student transferred from another school</source>
        <translation>接收从其他学校转来的学生成长档案</translation>
    </message>
    <message>
        <source>Choose the transfer file</source>
        <translation>选择档案转接文件</translation>
    </message>
    <message>
        <source>Transfer files (*.xtrf);;All files (*)</source>
        <translation>档案转接文件 (*.xtrf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Transferred file received: {count} records.</source>
        <translation>已接收转入档案：共 {count} 条记录。</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>If the password is ever forgotten, only this code can open the station. It is shown only now: write it down or print it, and keep it locked away.</source>
        <translation>如果忘记了密码，只有这个恢复码能打开站点。它只显示这一次：请抄写下来或打印出来，锁在安全的地方。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已抄写下来</translation>
    </message>
    <message>
        <source>XinAn recovery code</source>
        <translation>心安恢复码</translation>
    </message>
    <message>
        <source>Station set up on {date}</source>
        <translation>站点建立于 {date}</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone holding it can open the station&apos;s records. With it, a forgotten password can be replaced.</source>
        <translation>请把这张纸锁好保管：任何拿到它的人都能打开站点的档案。忘记密码时，可以用它设置新密码。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Set a new password with the recovery code</source>
        <translation>使用恢复码设置新密码</translation>
    </message>
    <message>
        <source>Type the recovery code printed when the station was set up, then choose a new password. The recovery code stays valid.</source>
        <translation>请输入建立站点时抄写或打印的恢复码，然后设置新密码。恢复码之后仍然有效。</translation>
    </message>
    <message>
        <source>Leave empty if there is one counselor</source>
        <translation>只有一位心理教师时可以不填</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>Set new password and unlock</source>
        <translation>设置新密码并解锁</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>正在核对恢复码…</translation>
    </message>
    <message>
        <source>The recovery code is not right (or there is no such account). Check it and try again.</source>
        <translation>恢复码不正确（或没有这个账户）。请核对后重试。</translation>
    </message>
    <message>
        <source>This station has several accounts: type the account to recover.</source>
        <translation>本站点有多个账户，请填写要恢复密码的账户名。</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Date:</source>
        <translation>转介日期：</translation>
    </message>
    <message>
        <source>Hospital or clinic:</source>
        <translation>转介医院或机构：</translation>
    </message>
    <message>
        <source>Through the green channel</source>
        <translation>经绿色通道转介</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>转介原因：</translation>
    </message>
    <message>
        <source>only when it was decided not to refer</source>
        <translation>仅在决定不转介时填写</translation>
    </message>
    <message>
        <source>Reason for not referring:</source>
        <translation>未转介原因：</translation>
    </message>
    <message>
        <source>The referral was recorded.</source>
        <translation>转介已记录。</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Feedback from the hospital</source>
        <translation>医院反馈</translation>
    </message>
    <message>
        <source>New referral (Ctrl+N)</source>
        <translation>新增转介（Ctrl+N）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>转介医院或机构</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>未转介</translation>
    </message>
    <message>
        <source>Received {date}</source>
        <translation>{date} 已反馈</translation>
    </message>
    <message>
        <source>Waiting for feedback</source>
        <translation>等待反馈</translation>
    </message>
    <message>
        <source>Hospital or clinic:</source>
        <translation>转介医院或机构：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>转介原因：</translation>
    </message>
    <message>
        <source>Reason for not referring:</source>
        <translation>未转介原因：</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>反馈内容：</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>The file cannot be read (removed, or the USB stick unplugged?).</source>
        <translation>无法读取该文件（文件已被删除，或U盘已拔出？）。</translation>
    </message>
    <message>
        <source>The file is far too large to be a county bundle; it was not read.</source>
        <translation>该文件太大，不可能是县级数据包；未读取。</translation>
    </message>
    <message>
        <source>This is not a XinAn county bundle.</source>
        <translation>这不是心安县级数据包。</translation>
    </message>
    <message>
        <source>The file is incomplete (cut off while copying?). Ask the school to export it again.</source>
        <translation>该文件不完整（复制时中断？）。请学校重新导出。</translation>
    </message>
    <message>
        <source>The file was altered or damaged after the school wrote it.</source>
        <translation>该文件在学校写出后被修改或损坏。</translation>
    </message>
    <message>
        <source>The bundle was made for another county center.</source>
        <translation>该数据包是为另一个县级中心制作的。</translation>
    </message>
    <message>
        <source>Signed by a school this center has not enrolled. Accept the school&apos;s enrollment file first.</source>
        <translation>签名学校尚未在本中心登记。请先接收该校的登记文件。</translation>
    </message>
    <message>
        <source>The school&apos;s signature does not match the content.</source>
        <translation>学校的签名与内容不符。</translation>
    </message>
    <message>
        <source>Signed by one school but claims to come from another.</source>
        <translation>签名来自一所学校，却声称来自另一所学校。</translation>
    </message>
    <message>
        <source>Made by a newer version of XinAn. Update XinAn at the center.</source>
        <translation>该文件由更新版本的心安制作。请升级中心的心安。</translation>
    </message>
    <message>
        <source>The content does not follow the bundle format (or small numbers are not hidden).</source>
        <translation>内容不符合数据包格式（或小人数未隐藏）。</translation>
    </message>
    <message>
        <source>The school hides fewer small numbers than the county requires. The school must import the current county key file and export again.</source>
        <translation>学校隐藏的小人数少于县里的要求。学校须导入当前的县级密钥文件后重新导出。</translation>
    </message>
    <message>
        <source>Replay refused: a newer bundle of this school is already imported.</source>
        <translation>已拒绝重放：该校更新的数据包已经导入。</translation>
    </message>
    <message>
        <source>Another bundle with the same sequence number from this school is already imported.</source>
        <translation>该校另一个相同序号的数据包已经导入。</translation>
    </message>
    <message>
        <source>The bundle was refused.</source>
        <translation>数据包被拒收。</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>The automatic backup of {when} failed: {reason}</source>
        <translation>{when} 的自动备份失败：{reason}</translation>
    </message>
    <message>
        <source>This station has never been backed up.</source>
        <translation>本站点还从未备份过。</translation>
    </message>
    <message>
        <source>The last backup is {days} days old (the reminder is set to {limit} days).</source>
        <translation>上次备份已是 {days} 天前（提醒设为 {limit} 天）。</translation>
    </message>
</context>
<context>
    <name>ReportEntry</name>
    <message>
        <source>Committee reports cannot be handed in on this computer yet: the counselor needs to unlock the station once first.</source>
        <translation>这台电脑暂时还不能提交心理委员报告：需要心理老师先解锁一次工作站。</translation>
    </message>
</context>
<context>
    <name>ReportEntryWindow</name>
    <message>
        <source>XinAn — weekly report of the psychology committee member</source>
        <translation>心安 — 心理委员周报</translation>
    </message>
    <message>
        <source>{school}: weekly class report</source>
        <translation>{school}：班级心理周报</translation>
    </message>
    <message>
        <source>Your report is sealed as soon as you submit it: only the counselor can open it. This window cannot show any report, not even your own, and it empties itself after each report.</source>
        <translation>报告一提交就会加密封存，只有心理老师能打开。这个窗口不能查看任何报告（包括你自己提交的），每次提交后都会自动清空。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Submit the report</source>
        <translation>提交报告</translation>
    </message>
    <message>
        <source>Thank you! Your report was sealed and handed in; only the counselor can open it. The form is empty again.</source>
        <translation>谢谢你！报告已加密提交，只有心理老师能打开。表格已清空。</translation>
    </message>
    <message>
        <source>The report could not be saved in {folder}. Check that the folder (or USB stick) is there and writable, then submit again.</source>
        <translation>报告无法保存到 {folder}。请检查该文件夹（或U盘）是否存在且可写入，然后重新提交。</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Choose your class</source>
        <translation>请选择你的班级</translation>
    </message>
    <message>
        <source>Anything notable in the class this week?</source>
        <translation>本周班级里有什么值得注意的事情吗？</translation>
    </message>
    <message>
        <source>Nothing to report this week</source>
        <translation>本周无情况</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>班级：</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>你的名字：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Class climate:</source>
        <translation>班级氛围：</translation>
    </message>
    <message>
        <source>Notable events:</source>
        <translation>班级情况：</translation>
    </message>
    <message>
        <source>Classmates to be concerned about</source>
        <translation>需要关注的同学</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>请选择你的名字</translation>
    </message>
    <message>
        <source>Type your name</source>
        <translation>请输入你的名字</translation>
    </message>
    <message>
        <source>Please choose your class.</source>
        <translation>请选择你的班级。</translation>
    </message>
    <message>
        <source>Please choose the class climate (1 to 5).</source>
        <translation>请选择班级氛围（1 到 5）。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Set the new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for {name} ({username}). The old password stops working at once; a disabled account is enabled again.</source>
        <translation>为 {name}（{username}）设置新密码。旧密码立即失效；已停用的账号将重新启用。</translation>
    </message>
    <message>
        <source>New password set for {username}.</source>
        <translation>已为 {username} 设置新密码。</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>This password or recovery code does not open the backup. Use a password or the recovery code that was valid when the backup was made.</source>
        <translation>这个密码或恢复码打不开该备份。请使用备份时有效的密码或恢复码。</translation>
    </message>
    <message>
        <source>This file is not a XinAn backup, or it is damaged or incomplete. Nothing was changed.</source>
        <translation>这个文件不是心安备份，或已损坏、不完整。没有做任何改动。</translation>
    </message>
    <message>
        <source>The unpacked backup did not pass verification, so nothing was replaced. Try another backup file.</source>
        <translation>解开的备份未通过校验，因此没有替换任何数据。请换一个备份文件。</translation>
    </message>
    <message>
        <source>The station is still open in this or another window. Close it, then restore.</source>
        <translation>站点仍在本窗口或另一个窗口中打开。请先关闭，再恢复。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup file (.xbak) and type a password or the recovery code that was valid when it was made. You see what it holds before anything is replaced.</source>
        <translation>请选择备份文件（.xbak），并输入备份时有效的密码或恢复码。在替换任何数据之前，您会先看到备份中的内容。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Open and check</source>
        <translation>打开并检查</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>备份文件：</translation>
    </message>
    <message>
        <source>Password or recovery code:</source>
        <translation>密码或恢复码：</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>XinAn backups (*.xbak)</source>
        <translation>心安备份 (*.xbak)</translation>
    </message>
    <message>
        <source>Reading the backup file…</source>
        <translation>正在读取备份文件…</translation>
    </message>
    <message>
        <source>Backup of {school} (county {county}), made {when}, {size}, XinAn {version}</source>
        <translation>{school}（县区代码 {county}）的备份，备份于 {when}，{size}，心安 {version}</translation>
    </message>
    <message>
        <source> (automatic backup)</source>
        <translation>（自动备份）</translation>
    </message>
    <message>
        <source>Please type a password or the recovery code.</source>
        <translation>请输入密码或恢复码。</translation>
    </message>
    <message>
        <source>Opening the backup and checking its contents…</source>
        <translation>正在打开备份并检查内容…</translation>
    </message>
    <message>
        <source>It holds: {counts}</source>
        <translation>其中包含：{counts}</translation>
    </message>
    <message>
        <source>Opened with the recovery code.</source>
        <translation>用恢复码打开。</translation>
    </message>
    <message>
        <source>Opened with the password of the account {who}.</source>
        <translation>用账户 {who} 的密码打开。</translation>
    </message>
    <message>
        <source>The backup is intact. Nothing has been replaced yet.</source>
        <translation>备份完好。目前还没有替换任何数据。</translation>
    </message>
    <message>
        <source>Replace the station in {folder} with the backup of {school} made {when}?</source>
        <translation>用 {school} 于 {when} 的备份替换 {folder} 中的站点吗？</translation>
    </message>
    <message>
        <source>The current station is not deleted: it is kept next to it, renamed to “{name}.before-restore-&lt;date&gt;-&lt;time&gt;”.</source>
        <translation>当前站点不会被删除：它会改名为“{name}.before-restore-&lt;日期&gt;-&lt;时间&gt;”，保留在旁边。</translation>
    </message>
    <message>
        <source>Restoring: unpacking and verifying the backup…</source>
        <translation>正在恢复：解开并校验备份…</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}.</source>
        <translation>备份已恢复到 {folder}。</translation>
    </message>
    <message>
        <source>The previous station was kept in {aside}.</source>
        <translation>原来的站点保留在 {aside}。</translation>
    </message>
    <message>
        <source>Opening the restored station…</source>
        <translation>正在打开恢复后的站点…</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with a password that was valid when the backup was made, or set a new password with the recovery code.</source>
        <translation>备份已恢复。请用备份时有效的密码解锁，或用恢复码设置新密码。</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Import roster</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv *.tsv)</translation>
    </message>
    <message>
        <source>Checking the roster…</source>
        <translation>正在检查名册…</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>正在导入名册…</translation>
    </message>
    <message>
        <source>The file now has rows with problems; nothing was imported.</source>
        <translation>文件现在有存在问题的行，未导入任何数据。</translation>
    </message>
    <message>
        <source>The roster was imported: {created} students added, {updated} updated, {unchanged} unchanged.</source>
        <translation>名册已导入：新增 {created} 名学生，更新 {updated} 名，{unchanged} 名不变。</translation>
    </message>
    <message>
        <source>{count} rows with problems were not imported.</source>
        <translation>有问题的 {count} 行未导入。</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Grade / class</source>
        <translation>年级/班级</translation>
    </message>
    <message>
        <source>Key groups</source>
        <translation>重点群体</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警等级</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一待办</translation>
    </message>
    <message>
        <source>Last home visit</source>
        <translation>最近家访</translation>
    </message>
    <message>
        <source>{task} by {date}</source>
        <translation>{task}（{date}前）</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>SchoolBox</name>
    <message>
        <source>School and station</source>
        <translation>学校与站点</translation>
    </message>
    <message>
        <source>School name:</source>
        <translation>学校名称：</translation>
    </message>
    <message>
        <source>County code:</source>
        <translation>县区代码：</translation>
    </message>
    <message>
        <source>School type:</source>
        <translation>学校类型：</translation>
    </message>
    <message>
        <source>Boarding school:</source>
        <translation>寄宿制：</translation>
    </message>
    <message>
        <source>Station folder:</source>
        <translation>站点文件夹：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>当前账户：</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your school</source>
        <translation>您的学校</translation>
    </message>
    <message>
        <source>This is printed on reports and sent to the county.</source>
        <translation>这些信息会印在报表上，并报送县级心理辅导中心。</translation>
    </message>
    <message>
        <source>Boarding school (students live at school)</source>
        <translation>寄宿制学校（有学生住校）</translation>
    </message>
    <message>
        <source>School name:</source>
        <translation>学校名称：</translation>
    </message>
    <message>
        <source>County code:</source>
        <translation>县区代码：</translation>
    </message>
    <message>
        <source>School type:</source>
        <translation>学校类型：</translation>
    </message>
    <message>
        <source>The 6-digit code of your county or district ({missing} more).</source>
        <translation>所在县（区）的 6 位行政区划代码（还差 {missing} 位）。</translation>
    </message>
    <message>
        <source>✓ 6 digits</source>
        <translation>✓ 6 位数字</translation>
    </message>
</context>
<context>
    <name>ScreeningCoverage</name>
    <message>
        <source>No class</source>
        <translation>未分班</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>在校人数</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>已测评</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>未测评</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>预警</translation>
    </message>
</context>
<context>
    <name>ScreeningCoverageBox</name>
    <message>
        <source>Screening coverage this semester</source>
        <translation>本学期测评覆盖情况</translation>
    </message>
    <message>
        <source>Select a class to see who has no result.</source>
        <translation>选择一个班级，查看尚无测评结果的学生。</translation>
    </message>
    <message>
        <source>Show on the Students page</source>
        <translation>在学生页中查看</translation>
    </message>
    <message>
        <source>The class&apos;s students not screened this school year, on the Students page</source>
        <translation>在学生页中列出该班本学年未测评的学生</translation>
    </message>
    <message>
        <source>{name}: {count} of {students} students have no result this semester.</source>
        <translation>{name}：{students} 名学生中有 {count} 人本学期尚无测评结果。</translation>
    </message>
</context>
<context>
    <name>ScreeningFields</name>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>测试日期</translation>
    </message>
    <message>
        <source>Validity (lie) scale</source>
        <translation>效度（测谎）量表</translation>
    </message>
    <message>
        <source>Total anxiety score</source>
        <translation>总焦虑分</translation>
    </message>
    <message>
        <source>student number (or name and class)</source>
        <translation>学籍号（或姓名和班级）</translation>
    </message>
</context>
<context>
    <name>ScreeningImport</name>
    <message>
        <source>Import screening results</source>
        <translation>导入测评结果</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv *.tsv)</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>正在读取表格…</translation>
    </message>
    <message>
        <source>Importing screening results…</source>
        <translation>正在导入测评结果…</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Screening</source>
        <translation>心理测评</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>导入测评结果…</translation>
    </message>
    <message>
        <source>Import MHT results from a testing platform&apos;s .xlsx or .csv (Ctrl+I)</source>
        <translation>从测评平台导出的 .xlsx 或 .csv 文件导入 MHT 结果（Ctrl+I）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the lists again (F5)</source>
        <translation>重新加载列表（F5）</translation>
    </message>
    <message>
        <source>School leaders see how many students of each class were screened; the results, the names and the review list stay with the counselor.</source>
        <translation>学校领导可查看各班已测评的人数；测评结果、学生姓名和待审核列表仅由心理教师查看。</translation>
    </message>
    <message>
        <source>{screened} of {students} students screened this semester ({percent}%)</source>
        <translation>本学期 {students} 名学生中已测评 {screened} 人（{percent}%）</translation>
    </message>
    <message>
        <source>{count} suggested flags to review</source>
        <translation>{count} 条建议预警待审核</translation>
    </message>
</context>
<context>
    <name>ScreeningPreviewDialog</name>
    <message>
        <source>Import screening results</source>
        <translation>导入测评结果</translation>
    </message>
    <message>
        <source>Check the columns before importing</source>
        <translation>导入前请核对各列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>文件中的列名</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>The sheet has no test date. Date of the test:</source>
        <translation>表格中没有测试日期。本次测试日期：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Still missing: {names}. Choose the column that holds each of them.</source>
        <translation>仍缺少：{names}。请为每一项选择对应的列。</translation>
    </message>
    <message>
        <source>File {file}, sheet “{sheet}”; the header is on row {row}.</source>
        <translation>文件 {file}，工作表“{sheet}”；表头在第 {row} 行。</translation>
    </message>
    <message>
        <source>The columns you mapped for this layout before are used.</source>
        <translation>已沿用您之前为此格式指定的列。</translation>
    </message>
    <message>
        <source>Columns XinAn does not know are marked: choose what they hold, or leave them aside. Your choice is remembered for sheets of this layout.</source>
        <translation>无法识别的列已标出：请选择其内容，或不导入。您的选择会记住，用于同一格式的表格。</translation>
    </message>
    <message>
        <source>Recognized</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>As mapped before</source>
        <translation>沿用之前的指定</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需导入</translation>
    </message>
    <message>
        <source>Not recognized: choose what it holds</source>
        <translation>未识别：请选择该列的内容</translation>
    </message>
    <message>
        <source>{rows} result rows read. Importing adds {imported} results to the growth files; {stored} are stored already and stay as they are.</source>
        <translation>共读取 {rows} 行结果。导入将向成长档案添加 {imported} 条结果；{stored} 条已保存，保持不变。</translation>
    </message>
    <message>
        <source>{abnormal} new results are abnormal: {suggested} suggested yellow flags go to the review list ({flagged} of these students are yellow or higher already); {unreliable} are unreliable (validity scale).</source>
        <translation>新结果中 {abnormal} 条异常：{suggested} 条建议黄色预警将进入待审核列表（其中 {flagged} 名学生已处于黄色或更高预警）；{unreliable} 条不可靠（效度量表）。</translation>
    </message>
    <message>
        <source>{count} rows cannot be imported; they are listed below.</source>
        <translation>有 {count} 行无法导入，详见下表。</translation>
    </message>
    <message>
        <source>Every result of this file is stored already: importing it again changes nothing.</source>
        <translation>此文件的所有结果均已保存：再次导入不会改变任何内容。</translation>
    </message>
</context>
<context>
    <name>ScreeningResultDialog</name>
    <message>
        <source>Import screening results</source>
        <translation>导入测评结果</translation>
    </message>
    <message>
        <source>Screening results imported</source>
        <translation>测评结果已导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{count} rows were not imported (listed below): correct them in the file (or the roster) and import the file again — results already stored are not imported twice.</source>
        <translation>有 {count} 行未导入（详见下表）：请在文件（或花名册）中更正后重新导入该文件——已保存的结果不会重复导入。</translation>
    </message>
    <message>
        <source>Nothing new: the {stored} results of this file were stored already (sheet “{sheet}”, {rows} rows read).</source>
        <translation>没有新结果：此文件的 {stored} 条结果此前均已保存（工作表“{sheet}”，读取 {rows} 行）。</translation>
    </message>
    <message>
        <source>{imported} results were added to the growth files (sheet “{sheet}”, {rows} rows read; {stored} were stored already).</source>
        <translation>已向成长档案添加 {imported} 条结果（工作表“{sheet}”，读取 {rows} 行；{stored} 条此前已保存）。</translation>
    </message>
    <message>
        <source>{abnormal} are abnormal: {suggested} suggested yellow flags wait in the review list ({flagged} students were yellow or higher already). {unreliable} are unreliable (validity scale) and suggest a retest.</source>
        <translation>其中 {abnormal} 条异常：{suggested} 条建议黄色预警已进入待审核列表（{flagged} 名学生已处于黄色或更高预警）。{unreliable} 条不可靠（效度量表），建议重测。</translation>
    </message>
</context>
<context>
    <name>ScreeningReview</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>测试日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Flag now</source>
        <translation>当前预警</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>结果解释</translation>
    </message>
</context>
<context>
    <name>ScreeningReviewBox</name>
    <message>
        <source>Suggested yellow flags to review</source>
        <translation>待审核的建议黄色预警</translation>
    </message>
    <message>
        <source>Accept selected</source>
        <translation>采纳所选</translation>
    </message>
    <message>
        <source>Set a yellow flag for each selected student</source>
        <translation>为所选每名学生设置黄色预警</translation>
    </message>
    <message>
        <source>Accept all…</source>
        <translation>全部采纳…</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>不予采纳…</translation>
    </message>
    <message>
        <source>No flag: say why (the reason is kept)</source>
        <translation>不设预警：请说明理由（理由将被保存）</translation>
    </message>
    <message>
        <source>Open growth file</source>
        <translation>打开成长档案</translation>
    </message>
    <message>
        <source>Open the student&apos;s growth file (Enter)</source>
        <translation>打开该生的成长档案（回车）</translation>
    </message>
    <message>
        <source>{count} suggestions await your decision. Accepting sets a yellow flag (source: external, reported by MHT筛查); dismissing asks why.</source>
        <translation>有 {count} 条建议待您决定。采纳即设置黄色预警（来源：校外/筛查，报告人“MHT筛查”）；不予采纳需说明理由。</translation>
    </message>
    <message>
        <source>No suggested flags await review.</source>
        <translation>没有待审核的建议预警。</translation>
    </message>
    <message>
        <source>Select a line to read the whole result.</source>
        <translation>选择一行可查看完整的结果解释。</translation>
    </message>
    <message>
        <source>{name} ({klass}), {day}: {reading}</source>
        <translation>{name}（{klass}），{day}：{reading}</translation>
    </message>
    <message>
        <source>Set a yellow flag for {name} ({klass}) from this screening result?</source>
        <translation>根据此测评结果为{name}（{klass}）设置黄色预警吗？</translation>
    </message>
    <message>
        <source>Set a yellow flag for each of these {count} students?</source>
        <translation>为这 {count} 名学生分别设置黄色预警吗？</translation>
    </message>
    <message>
        <source>{count} yellow flags were set.</source>
        <translation>已设置 {count} 个黄色预警。</translation>
    </message>
    <message>
        <source>{count} suggestions were closed without a flag: the student is yellow or higher already.</source>
        <translation>{count} 条建议已关闭，未设预警：该生已处于黄色或更高预警。</translation>
    </message>
    <message>
        <source>Why does {name} need no yellow flag? The screening result stays in the growth file; the reason is kept with the suggestion.</source>
        <translation>为什么{name}无需黄色预警？测评结果仍保留在成长档案中；理由将随该建议一并保存。</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>不予采纳</translation>
    </message>
    <message>
        <source>The suggestion for {name} was dismissed.</source>
        <translation>已不予采纳{name}的预警建议。</translation>
    </message>
</context>
<context>
    <name>ScreeningRows</name>
    <message>
        <source>No such student in the roster</source>
        <translation>花名册中没有这名学生</translation>
    </message>
    <message>
        <source>The name differs from the roster&apos;s name for this student number</source>
        <translation>姓名与花名册中该学籍号的姓名不一致</translation>
    </message>
    <message>
        <source>Several students of that class have this name</source>
        <translation>该班有多名学生同名</translation>
    </message>
    <message>
        <source>A name without a class cannot be matched</source>
        <translation>只有姓名、没有班级，无法匹配</translation>
    </message>
    <message>
        <source>Other results for the same student and date on row {rows}</source>
        <translation>第 {rows} 行有同一学生同一日期的不同结果</translation>
    </message>
    <message>
        <source>The test date is in the future</source>
        <translation>测试日期晚于今天</translation>
    </message>
    <message>
        <source>Repeats an earlier row (imported once)</source>
        <translation>与前面某行重复（只导入一次）</translation>
    </message>
    <message>
        <source>No scores (absent from the test?)</source>
        <translation>没有得分（缺考？）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Not imported because</source>
        <translation>未导入原因</translation>
    </message>
</context>
<context>
    <name>ScreeningsTab</name>
    <message>
        <source>Raise a yellow flag from this screening…</source>
        <translation>据此提出黄色预警…</translation>
    </message>
    <message>
        <source>Scales scoring {scale} or more are abnormal; a total of {total} or more calls for an individual plan; a validity score above {validity} makes the sheet unreliable.</source>
        <translation>分量表得分达到 {scale} 分为异常；总焦虑分达到 {total} 分需制定个别辅导计划；效度（测谎）得分高于 {validity} 分的答卷不可靠。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>效度</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Unreliable sheet</source>
        <translation>答卷不可靠</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <translation>解释：</translation>
    </message>
    <message>
        <source>The student is flagged yellow or higher already (see Flags).</source>
        <translation>该学生已是黄色或更高等级预警（见“预警”页）。</translation>
    </message>
    <message>
        <source>The sheet is unreliable: screen again first.</source>
        <translation>答卷不可靠：请先重新测评。</translation>
    </message>
    <message>
        <source>Opens the change-level dialog, filled in.</source>
        <translation>打开已预先填写的预警等级调整窗口。</translation>
    </message>
    <message>
        <source>MHT screening</source>
        <translation>MHT筛查</translation>
    </message>
    <message>
        <source>{instrument} screening on {date}. </source>
        <translation>{instrument}筛查（{date}）。</translation>
    </message>
    <message>
        <source>Abnormal scales: {scales}. </source>
        <translation>异常分量表：{scales}。</translation>
    </message>
    <message>
        <source>Total anxiety score {total}: an individual plan is advised. </source>
        <translation>总焦虑分 {total}，建议制定个别辅导计划。</translation>
    </message>
    <message>
        <source>{scale} {score}</source>
        <translation>{scale} {score}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>SemesterReportDialog</name>
    <message>
        <source>Semester report</source>
        <translation>学期心理健康工作报告</translation>
    </message>
    <message>
        <source>Appendix: list the students&apos; names</source>
        <translation>附录：列出学生姓名</translation>
    </message>
    <message>
        <source>School year {year}, first semester (to {last})</source>
        <translation>{year} 学年第一学期（截至 {last}）</translation>
    </message>
    <message>
        <source>School year {year}, second semester (to {last})</source>
        <translation>{year} 学年第二学期（截至 {last}）</translation>
    </message>
    <message>
        <source>The report holds figures, charts and coverage tables. Students&apos; names are printed only in the appendix, and only if you tick it.</source>
        <translation>报告包含数据、图表和覆盖情况表。学生姓名只出现在附录中，且只有勾选后才会打印。</translation>
    </message>
    <message>
        <source>Semester:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>SendAction</name>
    <message>
        <source>Transfer out…</source>
        <translation>转出档案…</translation>
    </message>
    <message>
        <source>Send this growth file to the school the student moves to (档案转接)</source>
        <translation>把这份成长档案转给学生转入的学校（档案转接）</translation>
    </message>
    <message>
        <source>Choose the transfer key file of the receiving school</source>
        <translation>选择接收学校的档案转接密钥文件</translation>
    </message>
    <message>
        <source>Transfer key files (*.xkey);;All files (*)</source>
        <translation>档案转接密钥文件 (*.xkey);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Where to write the transfer file (a USB stick is fine)</source>
        <translation>选择档案转接文件的保存位置（可以是U盘）</translation>
    </message>
    <message>
        <source>Transfer the growth file of {name} to:

School: {school}
County code: {county}
Key fingerprint: {fingerprint}

Compare the fingerprint with the receiving school on the phone. The whole growth file is written encrypted, so that only that school&apos;s station can open it. {name} is then marked as transferred here; the records stay at this school.

Transfer the file?</source>
        <translation>将{name}的成长档案转给：

学校：{school}
县代码：{county}
密钥指纹：{fingerprint}

请与接收学校电话核对指纹。整份成长档案会加密写出，只有该校的工作站能打开。之后{name}在本校标记为“转学”，记录仍保留在本校。

确定转出吗？</translation>
    </message>
    <message>
        <source>The transfer file was written:
{name}
in {folder}

Take it to {school}; only that school&apos;s station can open it. The student is marked as transferred here.</source>
        <translation>档案转接文件已写入：
{name}
位于 {folder}

请把它送到{school}；只有该校的工作站能打开。该学生在本校已标记为“转学”。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up XinAn</source>
        <translation>建立心安站点</translation>
    </message>
    <message>
        <source>Create station</source>
        <translation>建立站点</translation>
    </message>
    <message>
        <source>Creating the encrypted station…</source>
        <translation>正在建立加密站点…</translation>
    </message>
    <message>
        <source>Adding the classes…</source>
        <translation>正在添加班级…</translation>
    </message>
    <message>
        <source>{count} classes were created.</source>
        <translation>已创建 {count} 个班级。</translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>正在导入名册…</translation>
    </message>
    <message>
        <source>Importing the student roster…</source>
        <translation>正在导入学生名册…</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <source>The roster has rows with errors, so no student was imported. Correct the file and import it again:</source>
        <translation>名册中有错误的行，因此没有导入任何学生。请改正文件后重新导入：</translation>
    </message>
    <message>
        <source>{count} students were imported.</source>
        <translation>已导入 {count} 名学生。</translation>
    </message>
    <message>
        <source>The station was created, but: {reason}</source>
        <translation>站点已建立，但是：{reason}</translation>
    </message>
    <message>
        <source>Please write the recovery code down and tick “I have written it down”.</source>
        <translation>请先抄写恢复码，并勾选“我已抄写下来”。</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too weak</source>
        <translation>太弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>较强</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Search by name, pinyin initials (zsf), student number or words in notes (Ctrl+F)</source>
        <translation>搜索姓名、拼音首字母（如 zsf）、学籍号或备注中的词语（Ctrl+F）</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入名册…</translation>
    </message>
    <message>
        <source>Import students from an .xlsx or .csv roster</source>
        <translation>从 .xlsx 或 .csv 名册导入学生</translation>
    </message>
    <message>
        <source>{count} students</source>
        <translation>共 {count} 名学生</translation>
    </message>
    <message>
        <source>No student matches the search and the filters.</source>
        <translation>没有符合搜索和筛选条件的学生。</translation>
    </message>
    <message>
        <source>There are no students yet. Import the school&apos;s roster with “Import roster…”.</source>
        <translation>还没有学生。请点击“导入名册…”导入学校的学生名册。</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TransferKeyBox</name>
    <message>
        <source>Student file transfer key</source>
        <translation>档案转接密钥</translation>
    </message>
    <message>
        <source>When a student moves to this school, the school they leave needs this station&apos;s transfer key file first: it encrypts the student&apos;s growth file so that only this station can open it. Give it to that school (a USB stick is fine) and compare the fingerprint on the phone.</source>
        <translation>有学生转入本校时，原学校需要先拿到本工作站的档案转接密钥文件：它用来加密学生的成长档案，只有本工作站能打开。请把它交给原学校（可以用U盘），并通过电话核对指纹。</translation>
    </message>
    <message>
        <source>Export the transfer key file…</source>
        <translation>导出档案转接密钥文件…</translation>
    </message>
    <message>
        <source>Where to write the transfer key file (a USB stick is fine)</source>
        <translation>选择档案转接密钥文件的保存位置（可以是U盘）</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>This station&apos;s transfer key file was written to
{path}

Give it to the school the student comes from. Its fingerprint is {fingerprint}: read it to that school on the phone so they can check it before they transfer the file.</source>
        <translation>本工作站的档案转接密钥文件已写入
{path}

请把它交给学生原来就读的学校。其指纹为 {fingerprint}：请在电话里念给对方，以便对方在转出档案前核对。</translation>
    </message>
</context>
<context>
    <name>TransferPreviewDialog</name>
    <message>
        <source>Incoming student file — check before accepting</source>
        <translation>转入档案——接收前请核对</translation>
    </message>
    <message>
        <source>Growth file of {name} from {school}</source>
        <translation>来自{school}的{name}的成长档案</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Student number:</source>
        <translation>学籍号：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Class there:</source>
        <translation>原班级：</translation>
    </message>
    <message>
        <source>Warning level:</source>
        <translation>预警级别：</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>same key as earlier files from this school</source>
        <translation>与该校以前转来的档案密钥一致</translation>
    </message>
    <message>
        <source>the first file from this school</source>
        <translation>首次接收该校的档案</translation>
    </message>
    <message>
        <source>{fingerprint} ({known})</source>
        <translation>{fingerprint}（{known}）</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}，{who}导出</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>{school} (county {county})</source>
        <translation>{school}（县代码 {county}）</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>签名密钥：</translation>
    </message>
    <message>
        <source>Came there from:</source>
        <translation>此前转自：</translation>
    </message>
    <message>
        <source>Sending school</source>
        <translation>转出学校</translation>
    </message>
    <message>
        <source>Records in the file</source>
        <translation>档案中的记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{count} records in all. They join the growth file here, which notes the school they came from.</source>
        <translation>共 {count} 条记录。接收后并入本校的成长档案，并注明转自哪所学校。</translation>
    </message>
    <message>
        <source>This file was received already on {when}. It cannot be accepted again.</source>
        <translation>这份档案已于 {when} 接收过，不能再次接收。</translation>
    </message>
    <message>
        <source>The student arrives as a new student of this school, not yet in a class: put them in a class on the profile page afterwards.</source>
        <translation>该学生将作为本校的新学生转入，暂不分班：接收后请在“概况”页为其分班。</translation>
    </message>
    <message>
        <source>A student with this student number is already here, but named {name} ({placement}). Check the number with the sending school; the file cannot be accepted.</source>
        <translation>本校已有使用该学籍号的学生，但姓名为{name}（{placement}）。请与转出学校核对学籍号；这份档案不能接收。</translation>
    </message>
    <message>
        <source>{name} ({placement}) with this student number is already on the roster. The file can join that student&apos;s growth file, provided it holds no warning flags or plans yet.</source>
        <translation>花名册中已有使用该学籍号的{name}（{placement}）。这份档案可以并入该学生的成长档案，前提是其中还没有预警记录或一生一策计划。</translation>
    </message>
    <message>
        <source>Join the existing growth file</source>
        <translation>并入现有成长档案</translation>
    </message>
    <message>
        <source>Accept as a new student</source>
        <translation>作为新学生接收</translation>
    </message>
</context>
<context>
    <name>TransferWords</name>
    <message>
        <source>Screenings</source>
        <translation>心理筛查</translation>
    </message>
    <message>
        <source>Warning-level changes</source>
        <translation>预警级别变更</translation>
    </message>
    <message>
        <source>Plans (一生一策)</source>
        <translation>一生一策计划</translation>
    </message>
    <message>
        <source>Conversations and contacts</source>
        <translation>谈话与联系记录</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>Leave and return</source>
        <translation>休学与复学</translation>
    </message>
    <message>
        <source>Crisis events</source>
        <translation>危机事件</translation>
    </message>
    <message>
        <source>Case status changes</source>
        <translation>个案状态变更</translation>
    </message>
    <message>
        <source>The key file cannot be read (removed, or the USB stick unplugged?).</source>
        <translation>无法读取密钥文件（文件已被删除，或U盘已拔出？）。</translation>
    </message>
    <message>
        <source>The key file was altered or damaged after the receiving school wrote it. Ask that school for its key file again.</source>
        <translation>该密钥文件在接收学校导出后被修改或损坏。请向该校重新索取密钥文件。</translation>
    </message>
    <message>
        <source>This is not a XinAn transfer key file. The receiving school exports it in Settings → Student file transfer key.</source>
        <translation>这不是心安档案转接密钥文件。接收学校可在“设置 → 档案转接密钥”中导出。</translation>
    </message>
    <message>
        <source>The file cannot be read (removed, or the USB stick unplugged?). Nothing was imported.</source>
        <translation>无法读取该文件（文件已被删除，或U盘已拔出？）。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file was made by a newer version of XinAn. Update XinAn, then try again. Nothing was imported.</source>
        <translation>该文件由更新版本的心安制作。请升级心安后重试。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file does not open with this school&apos;s transfer key: it is damaged, or it was made for a key this station no longer has. Nothing was imported.</source>
        <translation>该文件无法用本校的转接密钥打开：文件已损坏，或是为本工作站已不再持有的密钥制作的。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file is incomplete (cut off while copying?). Ask the sending school for a new one. Nothing was imported.</source>
        <translation>该文件不完整（复制时中断？）。请转出学校重新导出。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file was altered or damaged after the sending school signed it. Ask the sending school for a new one. Nothing was imported.</source>
        <translation>该文件在转出学校签名后被修改或损坏。请转出学校重新导出。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file was altered after the sending school signed it. Nothing was imported.</source>
        <translation>该文件在转出学校签名后被修改过。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This is not a XinAn student transfer file, or it is incomplete. Nothing was imported.</source>
        <translation>这不是心安档案转接文件，或文件不完整。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This school has never handed out a transfer key file, so no transfer file can be meant for it. Nothing was imported.</source>
        <translation>本校从未导出过档案转接密钥文件，因此不可能有发给本校的转接文件。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The file claims to come from a school that sent files here before, but it is signed with a different key. Check with the sending school by phone. Nothing was imported.</source>
        <translation>该文件自称来自以前转过档案的学校，但签名密钥与以前不同。请电话向转出学校核实。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This transfer file was received already. Nothing was imported.</source>
        <translation>这份档案转接文件已经接收过。没有导入任何内容。</translation>
    </message>
    <message>
        <source>A student with this student number is already on this station&apos;s roster. Accept the file into that student&apos;s growth file, or check the number with the sending school.</source>
        <translation>本工作站的花名册中已有使用该学籍号的学生。请把档案并入该学生的成长档案，或与转出学校核对学籍号。</translation>
    </message>
    <message>
        <source>The student with this student number here has another name. Check the number with the sending school. Nothing was imported.</source>
        <translation>本校使用该学籍号的学生姓名不同。请与转出学校核对学籍号。没有导入任何内容。</translation>
    </message>
    <message>
        <source>That student already has warning flags or plans at this school: a transferred file can only join a growth file that is still empty. Nothing was imported.</source>
        <translation>该学生在本校已有预警记录或一生一策计划：转入档案只能并入仍为空的成长档案。没有导入任何内容。</translation>
    </message>
    <message>
        <source>The transferred student record is not valid. Ask the sending school to check it. Nothing was imported.</source>
        <translation>转入的学生信息无效。请转出学校核查。没有导入任何内容。</translation>
    </message>
    <message>
        <source>This is this school&apos;s own transfer key file. Choose the key file of the school the student moves to.</source>
        <translation>这是本校自己的档案转接密钥文件。请选择学生将要转入的学校的密钥文件。</translation>
    </message>
    <message>
        <source>This transfer file is meant for {school}, not for this school. Nothing was imported; pass the file on to that school.</source>
        <translation>这份档案转接文件是发给{school}的，不是发给本校的。没有导入任何内容；请把文件转交给该校。</translation>
    </message>
</context>
<context>
    <name>TransferredFrom</name>
    <message>
        <source>Transferred from {school} (county {county}): file exported on {exported}, received here on {received}; {count} records came with it.</source>
        <translation>转自 {school}（县代码 {county}）：档案导出于 {exported}，{received} 在本校接收；随档案转入 {count} 条记录。</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <source>Triage</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Choose the student</source>
        <translation>请选择学生</translation>
    </message>
    <message>
        <source>Turn into a flag</source>
        <translation>转为预警</translation>
    </message>
    <message>
        <source>Merge into the open flag</source>
        <translation>并入已有预警</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <source>Choose a warning level</source>
        <translation>请选择预警级别</translation>
    </message>
    <message>
        <source>Why this level (required)</source>
        <translation>定级理由（必填）</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>e.g. same event as the flag of last week</source>
        <translation>例如：与上周预警为同一事件</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Why no action is needed (required)</source>
        <translation>不予处理的理由（必填）</translation>
    </message>
    <message>
        <source>Choose a concern on the left.</source>
        <translation>请在左侧选择一条关注。</translation>
    </message>
    <message>
        <source>From {reporter} ({where}), received {received}
About: {name} · {urgency}

{words}</source>
        <translation>报告人：{reporter}（{where}），收到时间 {received}
关于：{name} · {urgency}

{words}</translation>
    </message>
    <message>
        <source>The name &quot;{name}&quot; does not match exactly one student of the class: choose the student this concern is about.</source>
        <translation>姓名“{name}”未能唯一对应到本班的一名学生：请选择这条关注涉及的学生。</translation>
    </message>
    <message>
        <source>Current warning level of {name}: {level}</source>
        <translation>{name} 当前预警：{level}</translation>
    </message>
    <message>
        <source>{name} has no open warning flag.</source>
        <translation>{name} 目前没有预警。</translation>
    </message>
    <message>
        <source>The concern became a flag: {level}.</source>
        <translation>该关注已转为预警：{level}。</translation>
    </message>
    <message>
        <source>The concern was merged into the student&apos;s open flag.</source>
        <translation>该关注已并入该学生的已有预警。</translation>
    </message>
    <message>
        <source>The concern was dismissed.</source>
        <translation>该关注已标记为不予处理。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>XinAn — Unlock</source>
        <translation>心安 — 解锁</translation>
    </message>
    <message>
        <source>XinAn counseling station</source>
        <translation>心安 · 心理辅导站</translation>
    </message>
    <message>
        <source>Leave empty for any account</source>
        <translation>不填则匹配任意账户</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Forgot password? Use the recovery code</source>
        <translation>忘记密码？使用恢复码</translation>
    </message>
    <message>
        <source>I am a psychology committee member</source>
        <translation>我是心理委员</translation>
    </message>
    <message>
        <source>Hand in a weekly class report (no password)</source>
        <translation>提交班级心理周报（无需密码）</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>For a damaged or lost station: use a backup</source>
        <translation>站点损坏或丢失时：用备份恢复</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Wrong password, or no such account. Please try again.</source>
        <translation>密码错误（或没有这个账户），请重新输入。</translation>
    </message>
    <message>
        <source>Wrong password. Please try again.</source>
        <translation>密码错误，请重新输入。</translation>
    </message>
    <message>
        <source>This station is already open in another window. Switch to that window, or close it and unlock here again.</source>
        <translation>该站点已在另一个窗口打开。请切换到那个窗口，或先关闭它，再在这里解锁。</translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <source>{count} urgent concerns awaiting triage</source>
        <translation>{count} 条紧急关注待处理</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Date:</source>
        <translation>家访日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>家访方式：</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>家访人员：</translation>
    </message>
    <message>
        <source>e.g. head teacher Li, counselor Wang</source>
        <translation>如：班主任李老师、心理教师王老师</translation>
    </message>
    <message>
        <source>Met with:</source>
        <translation>接待人：</translation>
    </message>
    <message>
        <source>e.g. mother, grandfather</source>
        <translation>如：母亲、祖父</translation>
    </message>
    <message>
        <source>Observations of the home:</source>
        <translation>家庭情况观察：</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <source>Agreed actions:</source>
        <translation>商定措施：</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>下次家访：</translation>
    </message>
    <message>
        <source>This is a follow-up visit</source>
        <translation>随访记录（重点学生定期随访）</translation>
    </message>
    <message>
        <source>Recording a planned visit: saving marks the plan item done.</source>
        <translation>正在按计划记录家访：保存后该计划家访即标记为已完成。</translation>
    </message>
    <message>
        <source>The home visit was recorded.</source>
        <translation>家访已记录。</translation>
    </message>
</context>
<context>
    <name>VisitPrintBox</name>
    <message>
        <source>Print the home-visit record form</source>
        <translation>打印家访记录表</translation>
    </message>
    <message>
        <source>Form for a new visit…</source>
        <translation>新家访记录表…</translation>
    </message>
    <message>
        <source>The student&apos;s details filled in, the rest blank</source>
        <translation>已填好学生信息，其余留空</translation>
    </message>
    <message>
        <source>Selected visit…</source>
        <translation>所选家访记录…</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Visit coverage</source>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>Visit plans</source>
        <translation>家访计划</translation>
    </message>
    <message>
        <source>Key-group follow-ups</source>
        <translation>重点群体随访</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>重新加载数据（F5）</translation>
    </message>
    <message>
        <source>School leaders see every class&apos;s coverage, but only the names of students with a red or orange flag.</source>
        <translation>学校领导可以看到各班的家访覆盖情况，但只能看到红色、橙色预警学生的名单。</translation>
    </message>
    <message>
        <source>You see the classes you are responsible for.</source>
        <translation>这里只显示您负责的班级。</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>按年级</translation>
    </message>
    <message>
        <source>By class (select one to see its students)</source>
        <translation>按班级（选中一个班级查看学生）</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Select a class on the left.</source>
        <translation>请在左侧选择一个班级。</translation>
    </message>
    <message>
        <source>Record home visit…</source>
        <translation>记录家访…</translation>
    </message>
    <message>
        <source>Open the student&apos;s growth file to record a visit (Enter)</source>
        <translation>打开该生的成长档案记录家访（回车）</translation>
    </message>
    <message>
        <source>Print coverage list…</source>
        <translation>打印家访覆盖名单…</translation>
    </message>
    <message>
        <source>The class&apos;s home-visit coverage list as a PDF</source>
        <translation>将本班家访覆盖名单打印为 PDF</translation>
    </message>
    <message>
        <source>Plan visits…</source>
        <translation>制定家访计划…</translation>
    </message>
    <message>
        <source>Plan home visits of this class for a month</source>
        <translation>制定本班一个月的家访计划</translation>
    </message>
    <message>
        <source>School year {year} · {visited} of {students} students visited on site ({percent}%)</source>
        <translation>{year} 学年 · 已实地家访 {visited} / {students} 人（{percent}%）</translation>
    </message>
    <message>
        <source>Students of {name}</source>
        <translation>{name}的学生</translation>
    </message>
    <message>
        <source>{missing} not yet visited on site, {visited} visited this school year.</source>
        <translation>本学年尚未实地家访 {missing} 人，已家访 {visited} 人。</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Record a home visit (Ctrl+N)</source>
        <translation>记录家访（Ctrl+N）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>家访人员</translation>
    </message>
    <message>
        <source>Met with</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次家访</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>家访日期：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>家访方式：</translation>
    </message>
    <message>
        <source>Visitors:</source>
        <translation>家访人员：</translation>
    </message>
    <message>
        <source>Met with:</source>
        <translation>接待人：</translation>
    </message>
    <message>
        <source>Observations of the home:</source>
        <translation>家庭情况观察：</translation>
    </message>
    <message>
        <source>Concerns:</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <source>Agreed actions:</source>
        <translation>商定措施：</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>下次家访：</translation>
    </message>
</context>
<context>
    <name>VisitsTables</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生数</translation>
    </message>
    <message>
        <source>Visited on site</source>
        <translation>已家访</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未家访</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班级数</translation>
    </message>
    <message>
        <source>Not yet visited</source>
        <translation>尚未家访</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学籍号</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>On-site visit this year</source>
        <translation>实地家访日期</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Counselor</source>
        <translation>心理健康教师</translation>
    </message>
    <message>
        <source>School leader</source>
        <translation>分管校长</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Grade leader</source>
        <translation>年级组长</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>小学</translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation>初中</translation>
    </message>
    <message>
        <source>Senior high school</source>
        <translation>高中</translation>
    </message>
    <message>
        <source>Nine-year school</source>
        <translation>九年一贯制</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>职校</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>个案进行中</translation>
    </message>
    <message>
        <source>Closed case</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>Return to school</source>
        <translation>复学</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Dorm</source>
        <translation>宿舍</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Outside school / screening</source>
        <translation>校外/筛查</translation>
    </message>
    <message>
        <source>Counseling session</source>
        <translation>心理辅导</translation>
    </message>
    <message>
        <source>Talk with guardian</source>
        <translation>家长沟通</translation>
    </message>
    <message>
        <source>Mentor talk</source>
        <translation>导师谈心</translation>
    </message>
    <message>
        <source>Head teacher talk</source>
        <translation>班主任谈话</translation>
    </message>
    <message>
        <source>School leader informed</source>
        <translation>报告学校领导</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>实地家访</translation>
    </message>
    <message>
        <source>Phone visit</source>
        <translation>电话家访</translation>
    </message>
    <message>
        <source>Video visit</source>
        <translation>视频家访</translation>
    </message>
    <message>
        <source>Meeting at school</source>
        <translation>来校面谈</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>自伤</translation>
    </message>
    <message>
        <source>Suicide attempt</source>
        <translation>自杀未遂</translation>
    </message>
    <message>
        <source>Suicide plan</source>
        <translation>自杀计划</translation>
    </message>
    <message>
        <source>Violence risk</source>
        <translation>暴力风险</translation>
    </message>
    <message>
        <source>Psychotic signs</source>
        <translation>精神病性症状</translation>
    </message>
    <message>
        <source>Abuse</source>
        <translation>受虐待</translation>
    </message>
    <message>
        <source>Running away</source>
        <translation>离家出走</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>校长</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>公安</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Learning anxiety</source>
        <translation>学习焦虑</translation>
    </message>
    <message>
        <source>Social anxiety</source>
        <translation>对人焦虑</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>孤独倾向</translation>
    </message>
    <message>
        <source>Self-blame</source>
        <translation>自责倾向</translation>
    </message>
    <message>
        <source>Over-sensitivity</source>
        <translation>过敏倾向</translation>
    </message>
    <message>
        <source>Physical symptoms</source>
        <translation>身体症状</translation>
    </message>
    <message>
        <source>Phobia</source>
        <translation>恐怖倾向</translation>
    </message>
    <message>
        <source>Impulsiveness</source>
        <translation>冲动倾向</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Awaiting triage</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Turned into a warning flag</source>
        <translation>已转为预警</translation>
    </message>
    <message>
        <source>Merged into an open flag</source>
        <translation>已并入已有预警</translation>
    </message>
    <message>
        <source>Not taken further</source>
        <translation>不予处理</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>在校</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>辍学</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转学</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>贫困</translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation>留守</translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation>流动</translation>
    </message>
    <message>
        <source>Single-parent</source>
        <translation>单亲</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Bereaved</source>
        <translation>丧亲</translation>
    </message>
    <message>
        <source>Bullied at school</source>
        <translation>遭遇校园欺凌</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>遭遇家暴</translation>
    </message>
    <message>
        <source>Special family</source>
        <translation>家庭特殊</translation>
    </message>
    <message>
        <source>Special psychology</source>
        <translation>心理特殊</translation>
    </message>
    <message>
        <source>Special physical health</source>
        <translation>身体特殊</translation>
    </message>
    <message>
        <source>Special behaviour</source>
        <translation>行为特殊</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>心理评估</translation>
    </message>
    <message>
        <source>Interview the student</source>
        <translation>约谈学生</translation>
    </message>
    <message>
        <source>Contact the guardian</source>
        <translation>联系监护人</translation>
    </message>
    <message>
        <source>Inform the school leader</source>
        <translation>报告分管校长</translation>
    </message>
    <message>
        <source>Green-channel referral</source>
        <translation>绿色通道转介</translation>
    </message>
    <message>
        <source>Write the growth plan</source>
        <translation>制定一生一策</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪随访</translation>
    </message>
    <message>
        <source>Semester review</source>
        <translation>学期复核</translation>
    </message>
    <message>
        <source>Plan measure</source>
        <translation>计划措施</translation>
    </message>
    <message>
        <source>Planned home visit</source>
        <translation>计划家访</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
</context>
<context>
    <name>WeekReports</name>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>心理委员</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Class climate</source>
        <translation>班级氛围</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ 上一周</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>下一周 ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Week of {start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>本周无情况</translation>
    </message>
    <message>
        <source>{count} concerns, {urgent} urgent</source>
        <translation>{count} 条关注，其中 {urgent} 条紧急</translation>
    </message>
    <message>
        <source>Every class has handed in a report for this week.</source>
        <translation>所有班级都已提交本周报告。</translation>
    </message>
    <message>
        <source>Classes without a report this week ({count}): {classes}</source>
        <translation>本周未提交报告的班级（{count} 个）：{classes}</translation>
    </message>
    <message>
        <source>Class climate: {climate}/5</source>
        <translation>班级氛围：{climate}/5</translation>
    </message>
    <message>
        <source>Notable events: {events}</source>
        <translation>班级情况：{events}</translation>
    </message>
    <message>
        <source>· {name} ({urgency}): {words} — {state}</source>
        <translation>· {name}（{urgency}）：{words} — {state}</translation>
    </message>
</context>
</TS>
