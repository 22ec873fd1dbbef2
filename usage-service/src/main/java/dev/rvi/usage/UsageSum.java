package dev.rvi.usage;

/** A customer's usage of one size in one region by one subscription in one hour (hours since the epoch), summed over its VMs. */
record UsageSum(long hour, String subscriptionId, String armRegionName, String armSkuName, double quantity) {}
