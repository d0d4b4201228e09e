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
    <name>Dialogs</name>
    <message>
        <source>XinAn</source>
        <translation>心安</translation>
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
    <name>Nav</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
</context>
</TS>
