-- AlterTable
ALTER TABLE "Agent" ADD COLUMN     "sferaHealth" JSONB;
