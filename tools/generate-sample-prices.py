#!/usr/bin/env python3
"""Writes the bundled SAMPLE price sheet (catalog-service/src/main/resources/catalog/sample-price-sheet.json)
and the VM size reference (vm-sizes.csv) for its sizes.

The prices are invented from a simple formula so the demo and tests have realistic-looking numbers:
reservations at 59 % (1 year) and 38 % (3 years) of PAYG; each PAYG row carries its savings-plan rates as the
Retail Prices API lists them ("savingsPlan": [{"unitPrice", "retailPrice", "term"}]), from 72 % (1 year) and 55 %
(3 years) of PAYG for 2 vCPUs down to 65 % and 45 % for 16. They are NOT Microsoft's prices. Real sheets come from the Azure Retail Prices API and are loaded
with `app.jar import-prices` or POST /v1/admin/priceSheets.
"""
import json, os
from decimal import Decimal, ROUND_HALF_UP

OUT = os.path.join(os.path.dirname(__file__), "..", "catalog-service", "src", "main", "resources", "catalog")

# flexibility group -> (size name pattern, GiB per vCPU, PAYG USD per vCPU-hour in eastus, product name)
GROUPS = {
    "Dsv5 Series":  ("Standard_D{n}s_v5", 4, "0.048", "Virtual Machines Dsv5 Series"),
    "Dv5 Series":   ("Standard_D{n}_v5", 4, "0.048", "Virtual Machines Dv5 Series"),
    "Ddsv5 Series": ("Standard_D{n}ds_v5", 4, "0.0565", "Virtual Machines Ddsv5 Series"),
    "Dasv5 Series": ("Standard_D{n}as_v5", 4, "0.043", "Virtual Machines Dasv5 Series"),
    "Dsv4 Series":  ("Standard_D{n}s_v4", 4, "0.048", "Virtual Machines Dsv4 Series"),
    "Esv5 Series":  ("Standard_E{n}s_v5", 8, "0.063", "Virtual Machines Esv5 Series"),
    "Ev5 Series":   ("Standard_E{n}_v5", 8, "0.063", "Virtual Machines Ev5 Series"),
    "ESv3 Series":  ("Standard_E{n}s_v3", 8, "0.063", "Virtual Machines ESv3 Series"),
    "FSv2 Series":  ("Standard_F{n}s_v2", 2, "0.0423", "Virtual Machines FSv2 Series"),
    "Easv5 Series": ("Standard_E{n}as_v5", 8, "0.0565", "Virtual Machines Easv5 Series"),
}
CORES = [2, 4, 8, 16]
REGIONS = {  # arm name -> (location, price multiplier)
    "eastus": ("US East", "1.00"), "westus2": ("US West 2", "1.00"), "westeurope": ("EU West", "1.12"),
    "northeurope": ("EU North", "1.06"), "uksouth": ("UK South", "1.10"), "southeastasia": ("AP Southeast", "1.18"),
    "australiaeast": ("AU East", "1.22"),
}
ONE_YEAR, THREE_YEARS = Decimal("0.59"), Decimal("0.38")
# vCPUs -> (savings plan 1 year, 3 years) as a share of PAYG: larger sizes save a little more
SAVINGS_PLAN = {2: ("0.72", "0.55"), 4: ("0.70", "0.52"), 8: ("0.68", "0.48"), 16: ("0.65", "0.45")}
START = "2026-01-01T00:00:00Z"

def money(d, places="0.0001"):
    return float(d.quantize(Decimal(places), rounding=ROUND_HALF_UP))

items, sizes = [], []
meter = 0
for group, (pattern, gib, per_core, product) in GROUPS.items():
    for n in CORES:
        sku = pattern.format(n=n)
        sizes.append((sku, n, n * gib))
        short = sku.replace("Standard_", "").replace("_", " ")
        for region, (location, mult) in REGIONS.items():
            hourly = Decimal(per_core) * n * Decimal(mult)
            base = {"currencyCode": "USD", "tierMinimumUnits": 0.0, "armRegionName": region, "location": location,
                    "effectiveStartDate": START, "meterName": short, "productName": product, "skuName": short,
                    "serviceName": "Virtual Machines", "serviceId": "DZH313Z7MMC8", "serviceFamily": "Compute",
                    "unitOfMeasure": "1 Hour", "isPrimaryMeterRegion": True, "armSkuName": sku}
            meter += 1
            one, three = (Decimal(f) for f in SAVINGS_PLAN[n])
            plan = [{"unitPrice": money(hourly * three), "retailPrice": money(hourly * three), "term": "3 Years"},
                    {"unitPrice": money(hourly * one), "retailPrice": money(hourly * one), "term": "1 Year"}]
            items.append(dict(base, type="Consumption", retailPrice=money(hourly), unitPrice=money(hourly),
                              meterId="sample-%05d" % meter, savingsPlan=plan))
            for term, factor, years in (("1 Year", ONE_YEAR, 1), ("3 Years", THREE_YEARS, 3)):
                total = (hourly * 8760 * years * factor)
                meter += 1
                items.append(dict(base, type="Reservation", reservationTerm=term, retailPrice=money(total, "0.01"),
                                  unitPrice=money(total, "0.01"), meterId="sample-%05d" % meter))

sheet = {"Disclaimer": "SAMPLE PRICES for demonstration and tests. Not official Microsoft prices.",
         "BillingCurrency": "USD", "CustomerEntityId": "Default", "CustomerEntityType": "Retail",
         "Items": items, "NextPageLink": None, "Count": len(items)}
with open(os.path.join(OUT, "sample-price-sheet.json"), "w") as f:
    json.dump(sheet, f, indent=1)
    f.write("\n")
with open(os.path.join(OUT, "vm-sizes.csv"), "w") as f:
    f.write("ArmSkuName,vCPUs,MemoryGiB\n")
    for sku, n, mem in sizes:
        f.write("%s,%d,%d\n" % (sku, n, mem))
print(len(items), "rows (and", sum(len(i.get("savingsPlan", [])) for i in items), "savings-plan rates),", len(sizes), "sizes")
