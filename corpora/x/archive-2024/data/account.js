window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "lenafjord@example.com",
      "createdVia" : "web",
      "username" : "lenafjord",
      "accountId" : "1480000000000000001",
      "createdAt" : "2021-03-02T09:14:05.118Z",
      "accountDisplayName" : "Lena Fjord"
    }
  }
]