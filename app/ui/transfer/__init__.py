"""档案转接 Student file transfer in the GUI (services: ``app.services.transfer``).

- ``key_box.TransferKeyBox`` — Settings: export this station's transfer key file, which
  a sending school needs before it can transfer a student here.
- ``send.SendAction`` — growth window: 转出档案… (counselors): pick the receiving
  station's key file (its school and fingerprint are shown to confirm), pick a folder,
  write the sealed file; the student is then marked transferred (the record stays).
- ``receive.ReceiveAction`` — Students page: 接收转入档案… → ``preview_dialog`` (who,
  from which school, how many records, a student-number conflict) → accept → the new
  growth file opens.
- ``profile_line.TransferredFrom`` — the "转自 …" line on the growth file's profile.
- ``words`` — record-kind names and one clear sentence for every refusal.
"""
