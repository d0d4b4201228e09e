<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Committee reports</source>
        <translation>报告</translation>
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
        <source>The home visit was recorded.</source>
        <translation>家访已记录。</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
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
