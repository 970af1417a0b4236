-- Overdue amount and the oldest overdue due date per customer, from the ERP's settlements.
ALTER TABLE "ErpCustomer" ADD COLUMN "overdueAmount" DECIMAL(16,2),
ADD COLUMN "oldestOverdueDueDate" DATE;
