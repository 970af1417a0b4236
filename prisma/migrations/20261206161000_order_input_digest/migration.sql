-- AlterTable
ALTER TABLE "Order" ADD COLUMN "inputDigest" TEXT;
