window.YTD.account.part0 = [ {
  "account" : {
    "email" : "maria_runs@example.com",
    "createdVia" : "web",
    "username" : "maria_runs",
    "accountId" : "1010000000000000004",
    "createdAt" : "2012-01-15T12:00:00.000Z",
    "accountDisplayName" : "Maria Costa"
  }
} ]