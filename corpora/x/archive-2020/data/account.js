window.YTD.account.part0 = [ {
  "account" : {
    "email" : "oskar_makes@example.com",
    "createdVia" : "web",
    "username" : "oskar_makes",
    "accountId" : "1170000000000000009",
    "createdAt" : "2011-04-05T10:00:00.000Z",
    "accountDisplayName" : "Oskar Lind"
  }
} ]