<#
.SYNOPSIS
  Drives SferaBridge.exe against a real Subiekt GT with Sfera, step by step, and records what happens.

.DESCRIPTION
  For testers on a Windows server with Subiekt GT, a Sfera licence and a dedicated operator. It starts
  the bridge exactly as the agent does (JSON lines over stdin/stdout), answers the bridge's key
  look-ups from SQL as the agent does, and prints every answer. The bridge's own log (stderr) shows
  in the console. A transcript is written next to this script: send it back with your findings.

  Without -Write it only opens a session and reads one product and one customer (saves nothing).
  With -Write it writes test documents: run it against a DEMO company only. It asks you to type the
  database name before writing.

.EXAMPLE
  .\Test-SferaBridge.ps1 -Bridge C:\erp-bridge\SferaBridge.exe -Server 'SERWER\INSERTGT' -Database DEMO `
      -SqlUser sa -SqlPassword '...' -Operator Integracja -OperatorPassword '...' -Product TW-1 -Customer KH-1

.EXAMPLE
  .\Test-SferaBridge.ps1 ... -Write -Warehouse 1 -Showroom 2 -LockTest
#>
param(
  [Parameter(Mandatory = $true)] [string] $Bridge,
  [Parameter(Mandatory = $true)] [string] $Server,
  [Parameter(Mandatory = $true)] [string] $Database,
  [Parameter(Mandatory = $true)] [string] $SqlUser,
  [Parameter(Mandatory = $true)] [string] $SqlPassword,
  [Parameter(Mandatory = $true)] [string] $Operator,
  [Parameter(Mandatory = $true)] [string] $OperatorPassword,
  [Parameter(Mandatory = $true)] [string] $Product,
  [Parameter(Mandatory = $true)] [string] $Customer,
  [switch] $Write,
  [int] $Warehouse = 0,
  [int] $Showroom = 0,
  # Set only to print a REAL fiscal receipt (a legal document) for the PA step.
  [int] $FiscalPrinterId = 0,
  # A flag name defined in Subiekt for orders (Flagi); the flag step is skipped without it.
  [string] $Flag = '',
  # Asks you to open an order in Subiekt while the bridge saves it, to watch the lock retries.
  [switch] $LockTest
)

$ErrorActionPreference = 'Stop'
$stamp = Get-Date -Format 'yyMMddHHmmss'
$transcript = Join-Path $PSScriptRoot "sfera-test-$stamp.log"
Start-Transcript -Path $transcript | Out-Null
$script:passed = 0
$script:failed = 0
$script:nextId = 0
$TypeCodes = @{ ZK = 16; FS = 2; PA = 21; KFS = 6; MM = 9 }

function Report([bool] $ok, [string] $what) {
  if ($ok) { $script:passed++; Write-Host "PASS  $what" -ForegroundColor Green }
  else { $script:failed++; Write-Host "FAIL  $what" -ForegroundColor Red }
}

function Open-Sql {
  $connection = New-Object System.Data.SqlClient.SqlConnection
  $connection.ConnectionString = "Server=$Server;Database=$Database;User ID=$SqlUser;Password=$SqlPassword"
  $connection.Open()
  return $connection
}

# The agent's answer to the bridge's key check: the document of these types carrying the key.
function Find-Key([string] $key, $types) {
  $codes = ($types | ForEach-Object { [int] $TypeCodes[$_] }) -join ','
  $connection = Open-Sql
  try {
    $command = $connection.CreateCommand()
    $command.CommandText = "SELECT TOP 1 dok_Id, dok_NrPelny FROM dok__Dokument WHERE dok_NrPelnyOryg = @key AND dok_Typ IN ($codes) ORDER BY dok_Id"
    [void] $command.Parameters.AddWithValue('@key', $key)
    $reader = $command.ExecuteReader()
    if ($reader.Read()) { return @{ id = [int] $reader['dok_Id']; number = [string] $reader['dok_NrPelny'] } }
    return $null
  } finally { $connection.Close() }
}

function Count-Key([string] $key) {
  $connection = Open-Sql
  try {
    $command = $connection.CreateCommand()
    $command.CommandText = 'SELECT COUNT(*) FROM dok__Dokument WHERE dok_NrPelnyOryg = @key'
    [void] $command.Parameters.AddWithValue('@key', $key)
    return [int] $command.ExecuteScalar()
  } finally { $connection.Close() }
}

function Status-Of([int] $id) {
  $connection = Open-Sql
  try {
    $command = $connection.CreateCommand()
    $command.CommandText = 'SELECT dok_Status FROM dok__Dokument WHERE dok_Id = @id'
    [void] $command.Parameters.AddWithValue('@id', $id)
    return [int] $command.ExecuteScalar()
  } finally { $connection.Close() }
}

# st_StanRez of the test product in a warehouse (Subiekt's reservation count).
function Reserved-In([int] $warehouseId) {
  $connection = Open-Sql
  try {
    $command = $connection.CreateCommand()
    $command.CommandText = 'SELECT ISNULL(SUM(s.st_StanRez), 0) FROM tw_Stan s JOIN tw__Towar t ON t.tw_Id = s.st_TowId WHERE t.tw_Symbol = @sku AND s.st_MagId = @mag'
    [void] $command.Parameters.AddWithValue('@sku', $Product)
    [void] $command.Parameters.AddWithValue('@mag', $warehouseId)
    return [double] $command.ExecuteScalar()
  } finally { $connection.Close() }
}

# The warehouses an order's positions name (ob_MagId), comma-separated.
function Line-Warehouses([int] $id) {
  $connection = Open-Sql
  try {
    $command = $connection.CreateCommand()
    $command.CommandText = 'SELECT ob_MagId FROM dok_Pozycja WHERE ob_DokHanId = @id ORDER BY ob_Id'
    [void] $command.Parameters.AddWithValue('@id', $id)
    $reader = $command.ExecuteReader()
    $ids = @()
    while ($reader.Read()) { $ids += [string] $reader.GetValue(0) }
    return $ids -join ','
  } finally { $connection.Close() }
}

# One line to the bridge, as UTF-8 bytes (Windows PowerShell cannot set stdin's encoding).
function Send-Line($message) {
  $json = $message | ConvertTo-Json -Compress -Depth 10
  $bytes = [System.Text.Encoding]::UTF8.GetBytes($json + "`n")
  $script:bridgeProcess.StandardInput.BaseStream.Write($bytes, 0, $bytes.Length)
  $script:bridgeProcess.StandardInput.BaseStream.Flush()
}

# Sends a call and waits for its result, answering the bridge's key look-ups meanwhile.
function Invoke-Bridge([string] $type, $payload, [int] $timeoutMs = 60000) {
  $script:nextId++
  $id = "t$($script:nextId)"
  Send-Line @{ v = 1; id = $id; type = $type; timeoutMs = $timeoutMs; payload = $payload }
  $deadline = (Get-Date).AddMilliseconds($timeoutMs + 5000)
  while ($true) {
    $left = [int] ($deadline - (Get-Date)).TotalMilliseconds
    $read = $script:bridgeProcess.StandardOutput.ReadLineAsync()
    if ($left -le 0 -or -not $read.Wait($left)) { throw "$type got no answer in $timeoutMs ms: a dialog open in Subiekt? (the agent would kill the bridge now)" }
    $line = $read.Result
    if ($null -eq $line) { throw "the bridge exited during $type" }
    Write-Host "  <- $line" -ForegroundColor DarkGray
    $message = $line | ConvertFrom-Json
    if ($message.type -eq 'lookup') {
      $found = Find-Key $message.payload.key $message.payload.types
      Send-Line @{ v = 1; id = $message.id; type = 'lookup.result'; payload = @{ ok = $true; document = $found } }
      continue
    }
    if ($message.id -eq $id) { return $message.payload }
  }
}

function Show-Failure($answer) {
  if (-not $answer.ok) { Write-Host "        $($answer.error.code): $($answer.error.message)" -ForegroundColor Yellow }
}

$info = New-Object System.Diagnostics.ProcessStartInfo
$info.FileName = $Bridge
$info.UseShellExecute = $false
$info.RedirectStandardInput = $true
$info.RedirectStandardOutput = $true
$script:bridgeProcess = [System.Diagnostics.Process]::Start($info)
Write-Host "bridge started, pid $($script:bridgeProcess.Id); 64-bit Windows: $([Environment]::Is64BitOperatingSystem)"

try {
  $health = Invoke-Bridge 'health' @{}
  Report ($health.ok -and -not $health.value.process64Bit) 'the bridge runs as a 32-bit process'

  $started = Get-Date
  $open = Invoke-Bridge 'session.open' @{ server = $Server; database = $Database; sqlUser = $SqlUser; sqlPassword = $SqlPassword; operator = $Operator; operatorPassword = $OperatorPassword } 180000
  $seconds = [int] ((Get-Date) - $started).TotalSeconds
  Report $open.ok "session opened as $Operator in $seconds s (Subiekt $($open.value.subiektVersion), process $($open.value.subiektProcessId))"
  Show-Failure $open
  if (-not $open.ok) { throw 'no session: the code and Sfera''s message above say why; send them back' }

  $catalog = Invoke-Bridge 'catalog.read' @{ productSymbol = $Product; customerSymbol = $Customer }
  Report ($catalog.ok -and $null -ne $catalog.value.product) "product $Product read through Sfera"
  Report ($catalog.ok -and $null -ne $catalog.value.customer) "customer $Customer read through Sfera"

  if ($Write) {
    if ($Warehouse -le 0) { throw '-Write needs -Warehouse (the sl_Magazyn id orders reserve in)' }
    $typed = Read-Host "This writes test documents into $Database. Type the database name to go on"
    if ($typed -ne $Database) { throw 'not confirmed: nothing written' }
    $customerId = $catalog.value.customer.id
    $orderLines = @(@{ sku = $Product; quantity = 1; netPrice = 1.00 })

    $zkKey = "sftest-$stamp-zk"
    $zk = Invoke-Bridge 'order.create' @{ key = $zkKey; customerId = $customerId; warehouseId = $Warehouse; reserve = $true; lines = $orderLines }
    Report ($zk.ok -and $zk.value.created) "ZK with reservation written: $($zk.value.document.number)"
    Show-Failure $zk
    $again = Invoke-Bridge 'order.create' @{ key = $zkKey; customerId = $customerId; warehouseId = $Warehouse; reserve = $true; lines = $orderLines }
    Report ($again.ok -and -not $again.value.created -and $again.value.document.id -eq $zk.value.document.id) 'the same key again returns the first ZK and writes nothing'
    Report ((Count-Key $zkKey) -eq 1) 'exactly one document carries the ZK key'
    Report ((Status-Of $zk.value.document.id) -eq 7) 'the ZK is reserved (dok_Status 7)'

    $fs = Invoke-Bridge 'sale.create' @{ key = "sftest-$stamp-s"; kind = 'FS'; orderId = $zk.value.document.id; payment = 'transfer' }
    Report ($fs.ok -and $fs.value.created) "FS from the ZK: $($fs.value.document.number)"
    Show-Failure $fs
    Write-Host "        ZK status after the FS: $(Status-Of $zk.value.document.id) (8 = fulfilled)"

    $zk2 = Invoke-Bridge 'order.create' @{ key = "sftest-$stamp-zk2"; customerId = $customerId; warehouseId = $Warehouse; reserve = $false; lines = $orderLines }
    Report ($zk2.ok -and (Status-Of $zk2.value.document.id) -eq 6) 'ZK without reservation (dok_Status 6)'
    $receipt = @{ key = "sftest-$stamp-pa"; kind = 'PA'; orderId = $zk2.value.document.id; payment = 'cash' }
    if ($FiscalPrinterId -gt 0) { $receipt.fiscalPrinterId = $FiscalPrinterId }
    $pa = Invoke-Bridge 'sale.create' $receipt
    Report ($pa.ok -and $pa.value.created) "PA from the ZK: $($pa.value.document.number) $($pa.value.warnings -join '; ')"
    Show-Failure $pa

    if ($fs.ok) {
      $kfs = Invoke-Bridge 'return.create' @{ key = "sftest-$stamp-r1"; saleId = $fs.value.document.id; lines = @(@{ sku = $Product; quantity = 1 }) }
      Report ($kfs.ok -and $kfs.value.created) "KFS for a return against the FS: $($kfs.value.document.number)"
      Show-Failure $kfs
    }

    if ($Showroom -gt 0) {
      # Click-and-collect: a reserved ZK in the store, then the MM carrying its goods to the showroom.
      $zkCc = Invoke-Bridge 'order.create' @{ key = "sftest-$stamp-zkcc"; customerId = $customerId; warehouseId = $Warehouse; reserve = $true; lines = $orderLines }
      Show-Failure $zkCc
      $storeBefore = Reserved-In $Warehouse
      $showroomBefore = Reserved-In $Showroom
      $transfer = @{ key = "sftest-$stamp-t"; fromWarehouseId = $Warehouse; toWarehouseId = $Showroom; orderId = $zkCc.value.document.id; lines = @(@{ sku = $Product; quantity = 1 }) }
      $mm = Invoke-Bridge 'transfer.create' $transfer
      Report ($mm.ok -and $mm.value.created) "MM to the showroom for $($zkCc.value.document.number): $($mm.value.document.number) $($mm.value.warnings -join '; ')"
      Show-Failure $mm
      Report ((Line-Warehouses $zkCc.value.document.id) -eq "$Showroom") "the order's position now names the showroom (ob_MagId $(Line-Warehouses $zkCc.value.document.id))"
      $storeAfter = Reserved-In $Warehouse
      $showroomAfter = Reserved-In $Showroom
      # The one fact no public bridge shows: whether Subiekt moves st_StanRez with the position.
      Report (($storeBefore - $storeAfter) -eq 1 -and ($showroomAfter - $showroomBefore) -eq 1) "reservation of $Product moved: store $storeBefore -> $storeAfter, showroom $showroomBefore -> $showroomAfter"
      $mmAgain = Invoke-Bridge 'transfer.create' $transfer
      Report ($mmAgain.ok -and -not $mmAgain.value.created -and (Reserved-In $Showroom) -eq $showroomAfter) 'the same MM again returns it and moves nothing twice'
    }

    $zk3 = Invoke-Bridge 'order.create' @{ key = "sftest-$stamp-zk3"; customerId = $customerId; warehouseId = $Warehouse; reserve = $true; lines = $orderLines }
    if ($LockTest) { Read-Host "Open $($zk3.value.document.number) in Subiekt, press Enter here, then close it within ~20 s" | Out-Null }
    $cancel = Invoke-Bridge 'order.close' @{ orderId = $zk3.value.document.id; action = 'cancel' }
    Report ($cancel.ok -and (Status-Of $zk3.value.document.id) -eq 6) 'ZK cancelled, reservation released (watch the bridge log for lock retries)'
    Show-Failure $cancel
    $cancelAgain = Invoke-Bridge 'order.close' @{ orderId = $zk3.value.document.id; action = 'cancel' }
    Report ($cancelAgain.ok -and -not $cancelAgain.value.created) 'cancelling again changes nothing'

    if ($Flag -ne '') {
      $flagged = Invoke-Bridge 'document.flag' @{ documentId = $zk.value.document.id; flag = $Flag; comment = 'ERP Bridge test' }
      Report $flagged.ok "flag '$Flag' set on $($zk.value.document.number): check it in Subiekt's list of orders"
      Show-Failure $flagged
    }
  }

  $health = Invoke-Bridge 'health' @{}
  Write-Host "health: state $($health.value.state), last save $($health.value.lastSaveAt), queue $($health.value.queueLength)"
} catch {
  $script:failed++
  Write-Host "STOPPED  $($_.Exception.Message)" -ForegroundColor Red
} finally {
  $script:bridgeProcess.StandardInput.Close()
  if (-not $script:bridgeProcess.WaitForExit(30000)) { $script:bridgeProcess.Kill() }
  Write-Host "$($script:passed) passed, $($script:failed) failed. Transcript: $transcript"
  Stop-Transcript | Out-Null
}
if ($script:failed -gt 0) { exit 1 }
