"""Shared code of the scale benchmarks: a synthetic but realistic catalog of N errors, and pasted queries for it.

The catalog is laid out like `catalog/` (the real hub, help-center pages, marketplaces, categories and schemas are
copied, so every slug is real) and passes `order-errors check`. Each error's message is put together from parts a
connector really uses (an optional prefix naming the order, the core of the message, an optional context and an
optional ending), in the language the marketplace emits it; reader-facing texts come from per-category banks of
sentences written in English, Spanish and Portuguese. Generation is deterministic for a seed.

Used by `make_catalog.py` (the command), `synthetic_quality.py` and `build.py`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import re
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from common import ROOT
from order_errors.catalog.checks import normalize_message
from order_errors.core.template import parse
from order_errors.search.fold import TOKEN, fold

REAL_CATALOG = ROOT / "catalog"
LANGS = ("en", "es", "pt")


def T(en: str, es: str, pt: str) -> dict[str, str]:
    return {"en": en, "es": es, "pt": pt}


# --- placeholders --------------------------------------------------------------------------------------------

# name -> (kind, description in en/es/pt for the "what each value is" sentence)
PLACEHOLDERS: dict[str, tuple[str, dict[str, str]]] = {
    "order_id": ("order_id", T("the order's id in the marketplace", "el id del pedido en el marketplace", "o id do pedido no marketplace")),
    "sku": ("sku", T("the SKU's id in the store's catalog", "el id del SKU en el catálogo de la tienda", "o id do SKU no catálogo da loja")),
    "seller": ("seller", T("the seller's id in VTEX", "el id del seller en VTEX", "o id do seller na VTEX")),
    "sales_channel": ("sales_channel", T("the number of the trade policy (sales channel)", "el número de la política comercial (canal de ventas)",
                                         "o número da política comercial (canal de vendas)")),
    "affiliate": ("affiliate", T("the affiliate's id, three letters that name the marketplace", "el id del afiliado, tres letras que identifican el marketplace",
                                 "o id do afiliado, três letras que identificam o marketplace")),
    "carrier": ("carrier", T("the carrier's name", "el nombre de la transportadora", "o nome da transportadora")),
    "paid": ("amount", T("the amount the marketplace charged", "el importe que cobró el marketplace", "o valor que o marketplace cobrou")),
    "expected": ("amount", T("the amount VTEX expected", "el importe que esperaba VTEX", "o valor que a VTEX esperava")),
    "price": ("amount", T("the unit price the marketplace sent", "el precio unitario que envió el marketplace", "o preço unitário que o marketplace enviou")),
    "amount": ("amount", T("the amount in question", "el importe en cuestión", "o valor em questão")),
    "quantity": ("number", T("the quantity ordered", "la cantidad pedida", "a quantidade pedida")),
    "available": ("number", T("the units available for sale", "las unidades disponibles para la venta", "as unidades disponíveis para venda")),
    "attempt": ("number", T("how many times VTEX has tried so far", "cuántas veces lo intentó VTEX hasta ahora", "quantas vezes a VTEX já tentou")),
    "date": ("date", T("the date the marketplace sent", "la fecha que informó el marketplace", "a data informada pelo marketplace")),
    "time": ("time", T("the time of the attempt", "la hora del intento", "a hora da tentativa")),
    "postal_code": ("code", T("the delivery postal code", "el código postal de entrega", "o CEP de entrega")),
    "code": ("code", T("a code returned by the service", "un código que devolvió el servicio", "um código devolvido pelo serviço")),
    "invoice_key": ("code", T("the invoice's access key", "la clave de acceso de la factura", "a chave de acesso da nota fiscal")),
    "category_id": ("code", T("the marketplace's category id", "el id de la categoría en el marketplace", "o id da categoria no marketplace")),
    "document": ("text", T("the document sent for the buyer", "el documento enviado para el comprador", "o documento enviado para o comprador")),
    "phone": ("text", T("the phone number sent for the buyer", "el teléfono enviado para el comprador", "o telefone enviado para o comprador")),
    "field": ("text", T("the name of the field that failed", "el nombre del campo que falló", "o nome do campo que falhou")),
    "warehouse": ("text", T("the warehouse's id", "el id del almacén", "o id do armazém")),
    "status": ("text", T("the order's current status", "el estado actual del pedido", "o status atual do pedido")),
    "attribute": ("text", T("the attribute's name", "el nombre del atributo", "o nome do atributo")),
    "sla": ("text", T("the name of the delivery option", "el nombre de la opción de entrega", "o nome da opção de entrega")),
    "marketplace": ("marketplace", T("the marketplace's name", "el nombre del marketplace", "o nome do marketplace")),
}

# Values as real orders show them, for examples and queries.
VALUES: dict[str, list[str]] = {
    "order_id": ["1234567890123-01", "MLB-2019651922", "702-4419857-1138263", "v502559llux-01", "1339820513412-01",
                 "CRF-88412075", "NS-20240318-0042", "MGZ-1099821733", "DAF-55120093", "1402331905577-02", "2000004812344"],
    "sku": ["12345", "2001234", "98765", "CAM-AZ-P", "TEN-PRT-42", "7891234567895", "884411", "1000347", "KIT-PANELA-5"],
    "seller": ["lojaazul", "casaeconforto", "1", "megastoresp", "seller01", "modafit", "eletroshop"],
    "sales_channel": ["1", "2", "3", "5", "12"],
    "affiliate": ["MLB", "AMZ", "VIA", "CRF", "NTS", "MGZ", "DFT", "BTW", "WMT"],
    "carrier": ["Correios PAC", "Jadlog", "Total Express", "Loggi", "Sequoia", "Correios SEDEX", "Andreani", "Estafeta"],
    "paid": ["311,77", "49.11", "1.299,90", "89,90", "154.30", "2.049,00"],
    "expected": ["313,61", "54.11", "1.319,90", "92,40", "149.30", "2.099,00"],
    "price": ["129,90", "59.99", "1.799,00", "24,50"],
    "amount": ["10,00", "35.50", "112,37", "0,01"],
    "quantity": ["1", "2", "3", "5", "12"],
    "available": ["0", "1", "2", "4"],
    "attempt": ["3", "5", "10"],
    "date": ["2024-03-18", "18/03/2024", "2023-11-24T10:15:00Z", "2025-01-07"],
    "time": ["14:22:07", "09:05", "23:59:59"],
    "postal_code": ["01310-100", "22071-900", "30140-071", "C1425", "06600", "04538-133"],
    "code": ["AC-4011", "500", "403", "ERR_1042", "TBL-03", "PKG-5521", "FUL-007"],
    "invoice_key": ["35240312345678000190550010000012341000012345", "41231187654321000155550020000456781234567890"],
    "category_id": ["MLB1055", "MLA3530", "MLB271599", "MLM1747"],
    "document": ["123.456.789-00", "12.345.678/0001-90", "20-12345678-9", "00000000000"],
    "phone": ["+55 11 91234-5678", "(11) 3456-7890", "+54 9 11 2345-6789", "11999"],
    "field": ["street", "number", "neighborhood", "complement", "receiverName", "city"],
    "warehouse": ["CD-Cajamar", "warehouse_sp", "1_1", "CD-RJ-02", "estoque-principal"],
    "status": ["payment-pending", "canceled", "invoiced", "handling", "window-to-cancel"],
    "attribute": ["Color", "Size", "Voltage", "Tamanho", "Cor"],
    "sla": ["Normal", "Expressa", "Agendada", "Economy", "Retira-em-loja"],
    "marketplace": ["Amazon", "Mercado Libre", "Netshoes", "Carrefour"],
}


# --- message parts -------------------------------------------------------------------------------------------

# A connector often puts something before the message itself ...
PREFIXES = [
    T("", "", ""),
    T("Order {order_id} rejected: ", "Pedido {order_id} rechazado: ", "Pedido {order_id} recusado: "),
    T("Could not create order {order_id}. ", "No fue posible crear el pedido {order_id}. ", "Não foi possível criar o pedido {order_id}. "),
    T("Failed to import marketplace order {order_id} - ", "Falla al importar la orden {order_id} - ", "Falha na importação do pedido {order_id} - "),
    T("[Fulfillment] ", "[Fulfillment] ", "[Fulfillment] "),
    T("Order not integrated. ", "Pedido no integrado. ", "Pedido não integrado. "),
    T("Affiliate {affiliate}: ", "Afiliado {affiliate}: ", "Afiliado {affiliate}: "),
    T("Checkout validation failed: ", "Falló la validación del checkout: ", "Falha na validação do checkout: "),
    T("Seller {seller} returned an error. ", "El seller {seller} devolvió un error. ", "O seller {seller} retornou um erro. "),
    T("Order placement refused. ", "Creación del pedido rechazada. ", "Criação do pedido recusada. "),
]
PREFIX_WEIGHTS = [14, 3, 3, 2, 2, 2, 2, 2, 2, 2]

# ... or after it. Each context has the phrase it adds to the entry's title.
CONTEXTS = [
    (T("", "", ""), T("", "", "")),
    (T(" for seller {seller}", " para el seller {seller}", " para o seller {seller}"), T(" for a seller", " para un seller", " para um seller")),
    (T(" in sales channel {sales_channel}", " en el canal de ventas {sales_channel}", " no canal de vendas {sales_channel}"),
     T(" in a sales channel", " en un canal de ventas", " em um canal de vendas")),
    (T(" (affiliate {affiliate})", " (afiliado {affiliate})", " (afiliado {affiliate})"), T(" for an affiliate", " para un afiliado", " para um afiliado")),
    (T(" in trade policy {sales_channel}", " en la política comercial {sales_channel}", " na política comercial {sales_channel}"),
     T(" in a trade policy", " en una política comercial", " em uma política comercial")),
    (T(" at the moment of integration", " en el momento de la integración", " no momento da integração"), T(" during integration", " durante la integración", " durante a integração")),
    (T(" for the marketplace order", " para la orden del marketplace", " para o pedido do marketplace"), T("", "", "")),
    (T(" after {attempt} attempts", " después de {attempt} intentos", " após {attempt} tentativas"), T(" after several attempts", " después de varios intentos", " após várias tentativas")),
    (T(" in the white label seller", " en el seller white label", " no seller white label"), T(" in a white label seller", " en un seller white label", " em um seller white label")),
    (T(" when simulating the cart", " al simular el carrito", " ao simular o carrinho"), T(" in the cart simulation", " en la simulación del carrito", " na simulação do carrinho")),
]
CONTEXT_WEIGHTS = [12, 3, 3, 2, 2, 2, 2, 1, 1, 2]

ENDINGS = [
    T("", "", ""),
    T(". Try again later", ". Intente nuevamente más tarde", ". Tente novamente mais tarde"),
    T(". Please contact support", ". Por favor contacte al soporte", ". Por favor entre em contato com o suporte"),
    T(" (code {code})", " (código {code})", " (código {code})"),
    T(". Check the store configuration", ". Verifique la configuración de la tienda", ". Verifique a configuração da loja"),
    T(" at {time}", " a las {time}", " às {time}"),
    T(". The order will be retried automatically", ". El pedido se reintentará automáticamente", ". O pedido será reprocessado automaticamente"),
]
ENDING_WEIGHTS = [14, 2, 2, 2, 2, 1, 2]

# Word swaps that turn a message into a spelling another connector version shows (a variant).
SYNONYMS = {
    "en": [("does not", "doesn't"), ("not found", "was not found"), ("is not", "isn't"), ("Could not", "Unable to"), ("invalid", "not valid"),
           ("unavailable", "not available"), ("order", "purchase order")],
    "es": [("no encontrado", "no se encontró"), ("inválido", "no válido"), ("no está", "no se encuentra"),
           ("No fue posible", "No se pudo"), ("pedido", "pedido de venta")],
    "pt": [("não possui", "não tem"), ("não encontrado", "não localizado"), ("inválido", "incorreto"), ("não está", "não se encontra"),
           ("Não foi possível", "Não é possível"), ("pedido", "pedido de venda")],
}


@dataclass
class Concept:
    key: str
    forms: list[dict[str, str]]   # the core of the message, in en/es/pt
    titles: list[dict[str, str]]
    meaning: dict[str, str]


@dataclass
class CategoryBank:
    concepts: list[Concept]
    note: dict[str, str]          # what to note in the first step
    causes: list[dict[str, str]]
    steps: list[dict[str, str]]
    verify: list[dict[str, str]]
    weight: float
    contexts: list[tuple[dict[str, str], dict[str, str]]] = field(default_factory=list)


BANKS: dict[str, CategoryBank] = {
    "sla": CategoryBank(
        weight=15,
        concepts=[
            Concept("no-sla", [
                T("No SLA available to deliver the order items", "No hay SLA disponible para entregar los ítems del pedido", "Não há SLA disponível para entregar os itens do pedido"),
                T("No SLA found for item {sku}", "Ningún SLA encontrado para el ítem {sku}", "Nenhum SLA encontrado para o item {sku}"),
                T("SLA unavailable for SKU {sku} at postal code {postal_code}", "SLA no disponible para el SKU {sku} en el código postal {postal_code}",
                  "SLA indisponível para o SKU {sku} no CEP {postal_code}"),
            ], [T("No delivery option is available for the order's items", "No hay opción de entrega disponible para los ítems del pedido",
                  "Nenhuma opção de entrega disponível para os itens do pedido"),
                T("VTEX finds no way to deliver an item of the order", "VTEX no encuentra forma de entregar un ítem del pedido",
                  "A VTEX não encontra forma de entregar um item do pedido")],
                T("When VTEX simulated delivery for the order, at least one item came back without any shipping option, so no shipping policy can take it from a warehouse to the customer's address.",
                  "Cuando VTEX simuló la entrega del pedido, al menos un ítem volvió sin ninguna opción de envío, por lo que ninguna política de envío puede llevarlo desde un almacén hasta la dirección del cliente.",
                  "Quando a VTEX simulou a entrega do pedido, pelo menos um item voltou sem nenhuma opção de frete, então nenhuma política de envio consegue levá-lo de um estoque até o endereço do cliente.")),
            Concept("selected-sla", [
                T("Selected SLA {sla} is not available", "El SLA seleccionado {sla} no está disponible", "O SLA selecionado {sla} não está disponível"),
                T("The delivery option chosen by the customer no longer exists", "La opción de entrega elegida por el cliente ya no existe",
                  "A opção de entrega escolhida pelo cliente não existe mais"),
            ], [T("The delivery option chosen on the marketplace is no longer available", "La opción de entrega elegida en el marketplace ya no está disponible",
                  "A opção de entrega escolhida no marketplace não está mais disponível")],
                T("The marketplace sent the order with a delivery option that VTEX no longer offers for those items and that address, so the order cannot be created with the shipping the customer paid for.",
                  "El marketplace envió el pedido con una opción de entrega que VTEX ya no ofrece para esos ítems y esa dirección, así que el pedido no puede crearse con el envío que pagó el cliente.",
                  "O marketplace enviou o pedido com uma opção de entrega que a VTEX não oferece mais para esses itens e esse endereço, então o pedido não pode ser criado com o frete que o cliente pagou.")),
            Concept("window", [
                T("Scheduled delivery window {date} is no longer available", "La ventana de entrega programada {date} ya no está disponible",
                  "A janela de entrega agendada {date} não está mais disponível"),
                T("Delivery window full for carrier {carrier}", "Ventana de entrega completa para la transportadora {carrier}", "Janela de entrega lotada para a transportadora {carrier}"),
            ], [T("The scheduled delivery window of the order is full or expired", "La ventana de entrega programada del pedido está llena o venció",
                  "A janela de entrega agendada do pedido está lotada ou venceu")],
                T("The customer chose a scheduled delivery, and by the time the order reached VTEX that window had filled up or passed, so the delivery promise can no longer be kept.",
                  "El cliente eligió una entrega programada y, cuando el pedido llegó a VTEX, esa ventana ya estaba llena o había pasado, así que la promesa de entrega ya no se puede cumplir.",
                  "O cliente escolheu uma entrega agendada e, quando o pedido chegou à VTEX, essa janela já estava lotada ou tinha passado, então a promessa de entrega não pode mais ser cumprida.")),
            Concept("pickup", [
                T("Pickup point {code} does not serve the order items", "El punto de retiro {code} no atiende los ítems del pedido", "O ponto de retirada {code} não atende os itens do pedido"),
                T("Pickup point inactive for the selected SLA", "Punto de retiro inactivo para el SLA seleccionado", "Ponto de retirada inativo para o SLA selecionado"),
            ], [T("The pickup point chosen for the order cannot serve it", "El punto de retiro elegido para el pedido no puede atenderlo",
                  "O ponto de retirada escolhido para o pedido não consegue atendê-lo")],
                T("The customer chose to collect the order at a pickup point, but that point is inactive or is not linked to a warehouse that holds the items.",
                  "El cliente eligió retirar el pedido en un punto de retiro, pero ese punto está inactivo o no está vinculado a un almacén que tenga los ítems.",
                  "O cliente escolheu retirar o pedido em um ponto de retirada, mas esse ponto está inativo ou não está vinculado a um estoque que tenha os itens.")),
        ],
        contexts=[(T(" for postal code {postal_code}", " para el código postal {postal_code}", " para o CEP {postal_code}"),
                   T(" for a postal code", " para un código postal", " para um CEP")),
                  (T(" with carrier {carrier}", " con la transportadora {carrier}", " com a transportadora {carrier}"),
                   T(" with a carrier", " con una transportadora", " com uma transportadora"))],
        note=T("the SKUs, the quantities and the delivery postal code", "los SKUs, las cantidades y el código postal de entrega", "os SKUs, as quantidades e o CEP de entrega"),
        causes=[
            T("The delivery postal code is not covered by any shipping policy linked to the dock that serves the trade policy.",
              "El código postal de entrega no está cubierto por ninguna política de envío vinculada al muelle que atiende la política comercial.",
              "O CEP de entrega não é atendido por nenhuma política de envio vinculada à doca que atende a política comercial."),
            T("The SKU's weight or dimensions exceed the maximums configured in the shipping policies.",
              "El peso o las dimensiones del SKU superan los máximos configurados en las políticas de envío.",
              "O peso ou as dimensões do SKU ultrapassam os limites configurados nas políticas de envio."),
            T("The warehouse that holds the stock is not linked to the dock used for this marketplace.",
              "El almacén que tiene el stock no está vinculado al muelle que se usa para este marketplace.",
              "O estoque que tem as unidades não está vinculado à doca usada para este marketplace."),
            T("The freight table was replaced after the sale, and the new one does not include the delivery option the customer chose.",
              "La tabla de flete se reemplazó después de la venta, y la nueva no incluye la opción de entrega que eligió el cliente.",
              "A tabela de frete foi substituída depois da venda, e a nova não inclui a opção de entrega que o cliente escolheu."),
            T("The item ran out of stock between the purchase and the moment the order reached VTEX.",
              "El ítem se quedó sin stock entre la compra y el momento en que el pedido llegó a VTEX.",
              "O item ficou sem estoque entre a compra e o momento em que o pedido chegou à VTEX."),
            T("The shipping policy is inactive, or its blackout period covers the delivery date.",
              "La política de envío está inactiva, o su período de bloqueo cubre la fecha de entrega.",
              "A política de envio está inativa, ou o seu período de bloqueio cobre a data de entrega."),
        ],
        steps=[
            T("Simulate the SKU, the quantity and the postal code in **Shipping > Shipping simulation** to see whether stock, dock or shipping policy is what fails.",
              "Simula el SKU, la cantidad y el código postal en **Envío > Simulación de envío** para ver si lo que falla es el stock, el muelle o la política de envío.",
              "Simule o SKU, a quantidade e o CEP em **Envio > Simulação de envio** para ver se o que falha é o estoque, a doca ou a política de envio."),
            T("Check in **Shipping > Shipping policies** that a policy covers the postal code and accepts the package's weight and size.",
              "Verifica en **Envío > Políticas de envío** que una política cubra el código postal y acepte el peso y el tamaño del paquete.",
              "Confira em **Envio > Políticas de envio** se uma política cobre o CEP e aceita o peso e o tamanho do pacote."),
            T("Confirm in **Shipping > Loading docks** that the dock is linked to the marketplace's trade policy and to the warehouse that holds the units.",
              "Confirma en **Envío > Muelles** que el muelle esté vinculado a la política comercial del marketplace y al almacén que tiene las unidades.",
              "Confirme em **Envio > Docas** que a doca está vinculada à política comercial do marketplace e ao estoque que tem as unidades."),
            T("Review the carrier's freight table in **Shipping > Shipping policies** and upload a corrected one if the delivery option is missing.",
              "Revisa la tabla de flete de la transportadora en **Envío > Políticas de envío** y sube una corregida si falta la opción de entrega.",
              "Revise a tabela de frete da transportadora em **Envio > Políticas de envio** e suba uma corrigida se a opção de entrega estiver faltando."),
            T("Check the pickup points in **Shipping > Pickup points** and make sure the one in the order is active.",
              "Revisa los puntos de retiro en **Envío > Puntos de retiro** y asegúrate de que el del pedido esté activo.",
              "Confira os pontos de retirada em **Envio > Pontos de retirada** e garanta que o do pedido está ativo."),
        ],
        verify=[
            T("The simulation for the order's postal code lists a delivery option for every item, and after reprocessing the order appears in **Orders > All orders**.",
              "La simulación para el código postal del pedido muestra una opción de entrega para cada ítem y, después de reprocesarlo, el pedido aparece en **Pedidos > Todos los pedidos**.",
              "A simulação para o CEP do pedido mostra uma opção de entrega para cada item e, depois de reprocessado, o pedido aparece em **Pedidos > Todos os pedidos**."),
            T("The order leaves the error list in **Marketplace > Connections > Orders** with the delivery option the customer chose.",
              "El pedido sale de la lista de errores de **Marketplace > Conexiones > Pedidos** con la opción de entrega que eligió el cliente.",
              "O pedido sai da lista de erros em **Marketplace > Conexões > Pedidos** com a opção de entrega que o cliente escolheu."),
        ],
    ),
    "stock": CategoryBank(
        weight=14,
        concepts=[
            Concept("out-of-stock", [
                T("SKU {sku} does not have enough stock to integrate the order", "El SKU {sku} no tiene stock suficiente para integrar el pedido",
                  "Sku {sku} não possui estoque suficiente para integrar o pedido"),
                T("Item {sku} out of stock", "Ítem {sku} sin stock", "Item {sku} sem estoque"),
                T("Product unavailable in inventory", "Producto no disponible en el inventario", "Produto indisponível no estoque"),
            ], [T("An SKU of the order has no available stock", "Un SKU del pedido no tiene stock disponible", "Um SKU do pedido não tem estoque disponível"),
                T("The order asks for more units than the store has", "El pedido pide más unidades de las que tiene la tienda", "O pedido pede mais unidades do que a loja tem")],
                T("Before creating the order, VTEX reserves each item in the warehouses that serve the marketplace's trade policy, and at least one SKU did not have enough available units.",
                  "Antes de crear el pedido, VTEX reserva cada ítem en los almacenes que atienden la política comercial del marketplace, y al menos un SKU no tenía suficientes unidades disponibles.",
                  "Antes de criar o pedido, a VTEX reserva cada item nos estoques que atendem a política comercial do marketplace, e pelo menos um SKU não tinha unidades disponíveis suficientes.")),
            Concept("quantity", [
                T("Requested quantity ({quantity}) greater than available ({available}) for SKU {sku}", "Cantidad solicitada ({quantity}) mayor que la disponible ({available}) para el SKU {sku}",
                  "Quantidade solicitada ({quantity}) maior que a disponível ({available}) para o SKU {sku}"),
                T("Stock reserved by another order for item {sku}", "Stock reservado por otro pedido para el ítem {sku}", "Estoque reservado por outro pedido para o item {sku}"),
            ], [T("The SKU's units are reserved by other orders", "Las unidades del SKU están reservadas por otros pedidos", "As unidades do SKU estão reservadas por outros pedidos")],
                T("The units of the SKU exist in the warehouse, but reservations of other orders leave fewer available units than the order asks for.",
                  "Las unidades del SKU existen en el almacén, pero las reservas de otros pedidos dejan menos unidades disponibles de las que pide el pedido.",
                  "As unidades do SKU existem no estoque, mas as reservas de outros pedidos deixam menos unidades disponíveis do que o pedido pede.")),
            Concept("warehouse", [
                T("Warehouse {warehouse} is not linked to any active dock", "El almacén {warehouse} no está vinculado a ningún muelle activo",
                  "O armazém {warehouse} não está vinculado a nenhuma doca ativa"),
                T("Inventory for SKU {sku} is negative in warehouse {warehouse}", "El inventario del SKU {sku} es negativo en el almacén {warehouse}",
                  "O inventário do SKU {sku} está negativo no armazém {warehouse}"),
            ], [T("The warehouse with the stock cannot serve the marketplace", "El almacén con el stock no puede atender al marketplace",
                  "O armazém com o estoque não consegue atender o marketplace")],
                T("The stock of the SKU is kept in a warehouse that VTEX cannot use for this trade policy, so for the order the units count as unavailable.",
                  "El stock del SKU está en un almacén que VTEX no puede usar para esta política comercial, así que para el pedido las unidades cuentan como no disponibles.",
                  "O estoque do SKU está em um armazém que a VTEX não pode usar para esta política comercial, então para o pedido as unidades contam como indisponíveis.")),
        ],
        contexts=[(T(" in warehouse {warehouse}", " en el almacén {warehouse}", " no armazém {warehouse}"), T(" in a warehouse", " en un almacén", " em um armazém")),
                  (T(" (requested: {quantity})", " (solicitado: {quantity})", " (solicitado: {quantity})"), T("", "", ""))],
        note=T("the SKUs and the quantity ordered of each", "los SKUs y la cantidad pedida de cada uno", "os SKUs e a quantidade pedida de cada um"),
        causes=[
            T("The same units sold in the store or in another marketplace a moment before this order arrived.",
              "Las mismas unidades se vendieron en la tienda o en otro marketplace un momento antes de que llegara este pedido.",
              "As mesmas unidades foram vendidas na loja ou em outro marketplace um pouco antes de este pedido chegar."),
            T("The stock shown on the marketplace is out of date because the last inventory update did not reach it.",
              "El stock que muestra el marketplace está desactualizado porque la última actualización de inventario no le llegó.",
              "O estoque exibido no marketplace está desatualizado porque a última atualização de estoque não chegou até ele."),
            T("Old reservations of orders that were never completed still hold the units.",
              "Reservas antiguas de pedidos que nunca se completaron siguen ocupando las unidades.",
              "Reservas antigas de pedidos que nunca foram concluídos ainda prendem as unidades."),
            T("The warehouse that holds the units is not linked to the dock of the marketplace's trade policy.",
              "El almacén que tiene las unidades no está vinculado al muelle de la política comercial del marketplace.",
              "O armazém que tem as unidades não está vinculado à doca da política comercial do marketplace."),
            T("An ERP integration overwrote the stock with a lower quantity.",
              "Una integración con el ERP sobrescribió el stock con una cantidad menor.",
              "Uma integração com o ERP sobrescreveu o estoque com uma quantidade menor."),
            T("The SKU is set to a safety stock that leaves no units for the marketplace.",
              "El SKU tiene un stock de seguridad que no deja unidades para el marketplace.",
              "O SKU tem um estoque de segurança que não deixa unidades para o marketplace."),
        ],
        steps=[
            T("In **Inventory & shipping > Inventory**, compare each SKU's available quantity with the quantity ordered, warehouse by warehouse.",
              "En **Inventario y envíos > Inventario**, compara la cantidad disponible de cada SKU con la cantidad pedida, almacén por almacén.",
              "Em **Estoque & entrega > Estoque**, compare a quantidade disponível de cada SKU com a quantidade pedida, armazém por armazém."),
            T("Look for reservations that never turned into orders in **Inventory & shipping > Reservations** and release the stale ones.",
              "Busca reservas que nunca se convirtieron en pedidos en **Inventario y envíos > Reservas** y libera las vencidas.",
              "Procure reservas que nunca viraram pedidos em **Estoque & entrega > Reservas** e libere as vencidas."),
            T("Check in **Shipping > Loading docks** that the warehouse is linked to a dock of the marketplace's trade policy.",
              "Verifica en **Envío > Muelles** que el almacén esté vinculado a un muelle de la política comercial del marketplace.",
              "Confira em **Envio > Docas** se o armazém está vinculado a uma doca da política comercial do marketplace."),
            T("Review the last imports of your ERP in **Inventory & shipping > Inventory** and correct the quantity if it was overwritten.",
              "Revisa las últimas importaciones de tu ERP en **Inventario y envíos > Inventario** y corrige la cantidad si se sobrescribió.",
              "Revise as últimas importações do seu ERP em **Estoque & entrega > Estoque** e corrija a quantidade se ela foi sobrescrita."),
            T("Send the stock to the marketplace again from **Marketplace > Connections > Products** so its listing shows the real quantity.",
              "Envía de nuevo el stock al marketplace desde **Marketplace > Conexiones > Productos** para que su anuncio muestre la cantidad real.",
              "Envie de novo o estoque ao marketplace em **Marketplace > Conexões > Produtos** para que o anúncio mostre a quantidade real."),
        ],
        verify=[
            T("The SKU shows available units in **Inventory & shipping > Inventory**, and the reprocessed order appears in **Orders > All orders**.",
              "El SKU muestra unidades disponibles en **Inventario y envíos > Inventario**, y el pedido reprocesado aparece en **Pedidos > Todos los pedidos**.",
              "O SKU mostra unidades disponíveis em **Estoque & entrega > Estoque**, e o pedido reprocessado aparece em **Pedidos > Todos os pedidos**."),
            T("The order leaves the error list in **Marketplace > Connections > Orders**, and new orders of the SKU integrate without the message.",
              "El pedido sale de la lista de errores de **Marketplace > Conexiones > Pedidos**, y los nuevos pedidos del SKU se integran sin el mensaje.",
              "O pedido sai da lista de erros em **Marketplace > Conexões > Pedidos**, e novos pedidos do SKU integram sem a mensagem."),
        ],
    ),
    "price": CategoryBank(
        weight=12,
        concepts=[
            Concept("total", [
                T("Paid total ({paid}) differs from the total calculated by the store ({expected})", "El total pagado ({paid}) difiere del total calculado por la tienda ({expected})",
                  "Total pago ({paid}) difere do total calculado pela loja ({expected})"),
                T("Value divergence in the order: marketplace {paid}, store {expected}", "Divergencia de valores en el pedido: marketplace {paid}, tienda {expected}",
                  "Divergência de valores no pedido: marketplace {paid}, loja {expected}"),
            ], [T("The order total differs from the one the store calculates", "El total del pedido difiere del que calcula la tienda", "O total do pedido é diferente do que a loja calcula")],
                T("Before creating the order, VTEX recomputes its total from the store's own prices, and the total the marketplace charged is not the same.",
                  "Antes de crear el pedido, VTEX vuelve a calcular su total con los precios de la propia tienda, y el total que cobró el marketplace no es el mismo.",
                  "Antes de criar o pedido, a VTEX recalcula o total com os preços da própria loja, e o total que o marketplace cobrou não é o mesmo.")),
            Concept("item-price", [
                T("Price of item {sku} sent by the marketplace ({price}) is different from the VTEX price ({expected})",
                  "El precio del ítem {sku} enviado por el marketplace ({price}) es distinto del precio de VTEX ({expected})",
                  "O preço do item {sku} enviado pelo marketplace ({price}) é diferente do preço da VTEX ({expected})"),
                T("Item {sku} sold below the minimum price", "Ítem {sku} vendido por debajo del precio mínimo", "Item {sku} vendido abaixo do preço mínimo"),
            ], [T("The marketplace sold an item at a price the store does not have", "El marketplace vendió un ítem a un precio que la tienda no tiene",
                  "O marketplace vendeu um item por um preço que a loja não tem")],
                T("The unit price of one item in the order does not match the price VTEX has for the SKU in the marketplace's trade policy.",
                  "El precio unitario de un ítem del pedido no coincide con el precio que VTEX tiene para el SKU en la política comercial del marketplace.",
                  "O preço unitário de um item do pedido não confere com o preço que a VTEX tem para o SKU na política comercial do marketplace.")),
            Concept("no-price", [
                T("SKU {sku} has no price in price table {code}", "El SKU {sku} no tiene precio en la tabla de precios {code}", "O SKU {sku} não tem preço na tabela de preços {code}"),
                T("No current price for the sales channel", "No hay precio vigente para el canal de ventas", "Não há preço vigente para o canal de vendas"),
            ], [T("An SKU of the order has no price for the marketplace", "Un SKU del pedido no tiene precio para el marketplace", "Um SKU do pedido não tem preço para o marketplace")],
                T("VTEX looked up the SKU's price in the price table of the marketplace's trade policy and found none, so it cannot check or create the order.",
                  "VTEX buscó el precio del SKU en la tabla de precios de la política comercial del marketplace y no encontró ninguno, así que no puede verificar ni crear el pedido.",
                  "A VTEX procurou o preço do SKU na tabela de preços da política comercial do marketplace e não encontrou nenhum, então não consegue conferir nem criar o pedido.")),
            Concept("freight", [
                T("Shipping value ({paid}) does not match the freight calculated by VTEX ({expected})", "El valor del envío ({paid}) no coincide con el flete calculado por VTEX ({expected})",
                  "Valor do frete ({paid}) não confere com o frete calculado pela VTEX ({expected})"),
                T("Discount applied by the marketplace ({amount}) is not allowed by the store's promotions",
                  "El descuento aplicado por el marketplace ({amount}) no está permitido por las promociones de la tienda",
                  "Desconto aplicado pelo marketplace ({amount}) não é permitido pelas promoções da loja"),
            ], [T("The freight or discount of the order differs from the store's", "El flete o el descuento del pedido difiere del de la tienda",
                  "O frete ou o desconto do pedido é diferente do da loja")],
                T("The marketplace charged a freight or applied a discount that VTEX does not reproduce with the store's shipping policies and promotions.",
                  "El marketplace cobró un flete o aplicó un descuento que VTEX no reproduce con las políticas de envío y las promociones de la tienda.",
                  "O marketplace cobrou um frete ou aplicou um desconto que a VTEX não reproduz com as políticas de envio e as promoções da loja.")),
        ],
        contexts=[(T(" on {date}", " el {date}", " em {date}"), T("", "", ""))],
        note=T("both amounts and the SKUs of the order", "los dos importes y los SKUs del pedido", "os dois valores e os SKUs do pedido"),
        causes=[
            T("The SKU's price changed in VTEX after the marketplace received the last price update.",
              "El precio del SKU cambió en VTEX después de que el marketplace recibiera la última actualización de precio.",
              "O preço do SKU mudou na VTEX depois que o marketplace recebeu a última atualização de preço."),
            T("A promotion is active on one side only, on the marketplace or in the store's trade policy.",
              "Hay una promoción activa solo de un lado, en el marketplace o en la política comercial de la tienda.",
              "Há uma promoção ativa só de um lado, no marketplace ou na política comercial da loja."),
            T("The shipping cost the marketplace charged differs from the freight VTEX calculates for the same address.",
              "El costo de envío que cobró el marketplace difiere del flete que VTEX calcula para la misma dirección.",
              "O frete cobrado pelo marketplace é diferente do frete que a VTEX calcula para o mesmo endereço."),
            T("The price table linked to the marketplace's sales channel is not the one the store meant to use.",
              "La tabla de precios vinculada al canal de ventas del marketplace no es la que la tienda pretendía usar.",
              "A tabela de preços vinculada ao canal de vendas do marketplace não é a que a loja pretendia usar."),
            T("A fixed price for the trade policy expired, and the SKU fell back to its base price.",
              "Un precio fijo de la política comercial venció, y el SKU volvió a su precio base.",
              "Um preço fixo da política comercial venceu, e o SKU voltou ao preço base."),
        ],
        steps=[
            T("In **Catalog > Prices > Price list**, check the SKU's price in the trade policy used by this marketplace and compare it with the marketplace's listing.",
              "En **Catálogo > Precios > Lista de precios**, revisa el precio del SKU en la política comercial que usa este marketplace y compáralo con el anuncio del marketplace.",
              "Em **Catálogo > Preços > Lista de preços**, confira o preço do SKU na política comercial usada por este marketplace e compare-o com o anúncio do marketplace."),
            T("In **Promotions & Taxes > Promotions**, look for a promotion that applies to this trade policy but not on the marketplace.",
              "En **Promociones y Tasas > Promociones**, busca una promoción que se aplique a esta política comercial pero no en el marketplace.",
              "Em **Promoções e Taxas > Promoções**, procure uma promoção que se aplique a esta política comercial mas não no marketplace."),
            T("Simulate the shipping for the order's postal code in **Shipping > Shipping simulation** and compare the freight with what the marketplace charged.",
              "Simula el envío para el código postal del pedido en **Envío > Simulación de envío** y compara el flete con lo que cobró el marketplace.",
              "Simule o frete para o CEP do pedido em **Envio > Simulação de frete** e compare o valor com o que o marketplace cobrou."),
            T("If the store accepts small differences, create a price divergence rule in **Orders > Order management > Order authorization**.",
              "Si la tienda acepta diferencias pequeñas, crea una regla de divergencia de precios en **Pedidos > Gestión de pedidos > Autorización de pedidos**.",
              "Se a loja aceita pequenas diferenças, crie uma regra de divergência de valores em **Pedidos > Gerenciamento de pedidos > Autorização de pedidos**."),
            T("Send the prices to the marketplace again from **Marketplace > Connections > Products** so its listing shows the current price.",
              "Envía de nuevo los precios al marketplace desde **Marketplace > Conexiones > Productos** para que su anuncio muestre el precio vigente.",
              "Envie de novo os preços ao marketplace em **Marketplace > Conexões > Produtos** para que o anúncio mostre o preço vigente."),
        ],
        verify=[
            T("The order appears in **Orders > All orders** with the amount the marketplace charged, and new orders of the same SKU integrate without the message.",
              "El pedido aparece en **Pedidos > Todos los pedidos** con el importe que cobró el marketplace, y los nuevos pedidos del mismo SKU se integran sin el mensaje.",
              "O pedido aparece em **Pedidos > Todos os pedidos** com o valor cobrado pelo marketplace, e novos pedidos do mesmo SKU integram sem a mensagem."),
            T("The price in **Catalog > Prices > Price list** matches the marketplace's listing, and the order leaves the error list.",
              "El precio en **Catálogo > Precios > Lista de precios** coincide con el anuncio del marketplace, y el pedido sale de la lista de errores.",
              "O preço em **Catálogo > Preços > Lista de preços** confere com o anúncio do marketplace, e o pedido sai da lista de erros."),
        ],
    ),
    "catalog": CategoryBank(
        weight=16,
        concepts=[
            Concept("not-found", [
                T("SKU {sku} not found in the store catalog", "SKU {sku} no encontrado en el catálogo de la tienda", "SKU {sku} não encontrado no catálogo da loja"),
                T("The products of the order do not exist in VTEX", "Los productos del pedido no existen en VTEX", "Os produtos do pedido não existem na VTEX"),
                T("The SKU id {sku} sent by the marketplace is not a valid integer", "El id de SKU {sku} enviado por el marketplace no es un número entero válido",
                  "O id de SKU {sku} enviado pelo marketplace não é um número inteiro válido"),
            ], [T("An SKU of the order does not exist in the store's catalog", "Un SKU del pedido no existe en el catálogo de la tienda", "Um SKU do pedido não existe no catálogo da loja")],
                T("The marketplace sent an item whose SKU id VTEX cannot find in the store's catalog, so the order has nothing to reserve or bill for that item.",
                  "El marketplace envió un ítem cuyo id de SKU VTEX no encuentra en el catálogo de la tienda, así que el pedido no tiene nada que reservar ni facturar para ese ítem.",
                  "O marketplace enviou um item cujo id de SKU a VTEX não encontra no catálogo da loja, então o pedido não tem o que reservar nem faturar para esse item.")),
            Concept("inactive", [
                T("SKU {sku} is inactive or not associated with trade policy {sales_channel}", "El SKU {sku} está inactivo o no está asociado a la política comercial {sales_channel}",
                  "O SKU {sku} está inativo ou não está associado à política comercial {sales_channel}"),
                T("Product of SKU {sku} is not visible in the sales channel", "El producto del SKU {sku} no es visible en el canal de ventas",
                  "O produto do SKU {sku} não está visível no canal de vendas"),
            ], [T("An SKU of the order is inactive or outside the trade policy", "Un SKU del pedido está inactivo o fuera de la política comercial",
                  "Um SKU do pedido está inativo ou fora da política comercial")],
                T("The SKU exists in the catalog, but it is inactive or its product is not associated with the marketplace's trade policy, so VTEX treats it as not for sale there.",
                  "El SKU existe en el catálogo, pero está inactivo o su producto no está asociado a la política comercial del marketplace, así que VTEX lo trata como no disponible para la venta allí.",
                  "O SKU existe no catálogo, mas está inativo ou o produto não está associado à política comercial do marketplace, então a VTEX o trata como fora de venda ali.")),
            Concept("mapping", [
                T("Marketplace category {category_id} is not mapped to a VTEX category", "La categoría {category_id} del marketplace no está mapeada a una categoría de VTEX",
                  "A categoria {category_id} do marketplace não está mapeada para uma categoria da VTEX"),
                T("Invalid value for attribute {attribute} of SKU {sku}", "Valor inválido para el atributo {attribute} del SKU {sku}", "Valor inválido para o atributo {attribute} do SKU {sku}"),
            ], [T("The marketplace's category or attribute does not match the store's mapping", "La categoría o el atributo del marketplace no coincide con el mapeo de la tienda",
                  "A categoria ou o atributo do marketplace não confere com o mapeamento da loja")],
                T("The connector translates the marketplace's categories and attributes into the store's, and the item of the order uses one that the mapping does not cover.",
                  "El conector traduce las categorías y los atributos del marketplace a los de la tienda, y el ítem del pedido usa uno que el mapeo no cubre.",
                  "O conector traduz as categorias e os atributos do marketplace para os da loja, e o item do pedido usa um que o mapeamento não cobre.")),
        ],
        contexts=[(T(" in the marketplace listing", " en el anuncio del marketplace", " no anúncio do marketplace"), T(" in a listing", " en un anuncio", " em um anúncio")),
                  (T(" after the last catalog update", " después de la última actualización del catálogo", " após a última atualização do catálogo"),
                   T(" after a catalog update", " después de una actualización del catálogo", " após uma atualização do catálogo"))],
        note=T("the SKU ids of the items", "los ids de SKU de los ítems", "os ids de SKU dos itens"),
        causes=[
            T("The SKU was deleted or recreated in VTEX with a new id, and the marketplace listing still points at the old one.",
              "El SKU se eliminó o se volvió a crear en VTEX con un id nuevo, y el anuncio del marketplace todavía apunta al anterior.",
              "O SKU foi excluído ou recriado na VTEX com um id novo, e o anúncio do marketplace ainda aponta para o antigo."),
            T("The listing was created by hand on the marketplace, with a reference that is not an SKU id of the store.",
              "El anuncio se creó a mano en el marketplace, con una referencia que no es un id de SKU de la tienda.",
              "O anúncio foi criado à mão no marketplace, com uma referência que não é um id de SKU da loja."),
            T("The SKU was deactivated, or its product was removed from the marketplace's trade policy.",
              "El SKU se desactivó, o su producto se quitó de la política comercial del marketplace.",
              "O SKU foi desativado, ou o produto foi retirado da política comercial do marketplace."),
            T("The marketplace renamed or retired the category, and the mapping still uses the old one.",
              "El marketplace renombró o retiró la categoría, y el mapeo todavía usa la anterior.",
              "O marketplace renomeou ou desativou a categoria, e o mapeamento ainda usa a antiga."),
            T("A required attribute of the marketplace has no value in the SKU's specifications.",
              "Un atributo obligatorio del marketplace no tiene valor en las especificaciones del SKU.",
              "Um atributo obrigatório do marketplace não tem valor nas especificações do SKU."),
        ],
        steps=[
            T("Search the SKU id in **Catalog > Products and SKUs** and check that it exists and is active.",
              "Busca el id del SKU en **Catálogo > Productos y SKUs** y verifica que exista y esté activo.",
              "Procure o id do SKU em **Catálogo > Produtos e SKUs** e confira se ele existe e está ativo."),
            T("Open the product in **Catalog > Products and SKUs** and confirm that the marketplace's trade policy is selected in its sales channels.",
              "Abre el producto en **Catálogo > Productos y SKUs** y confirma que la política comercial del marketplace esté seleccionada en sus canales de ventas.",
              "Abra o produto em **Catálogo > Produtos e SKUs** e confirme que a política comercial do marketplace está selecionada nos canais de vendas."),
            T("Review the category and attribute mapping in **Marketplace > Connections > Marketplaces and integrations**.",
              "Revisa el mapeo de categorías y atributos en **Marketplace > Conexiones > Marketplaces e integraciones**.",
              "Revise o mapeamento de categorias e atributos em **Marketplace > Conexões > Marketplaces e Integrações**."),
            T("Fill in the missing specifications of the SKU in **Catalog > Products and SKUs**, then send the product to the marketplace again.",
              "Completa las especificaciones que faltan del SKU en **Catálogo > Productos y SKUs** y después envía de nuevo el producto al marketplace.",
              "Preencha as especificações que faltam no SKU em **Catálogo > Produtos e SKUs** e depois envie o produto de novo ao marketplace."),
            T("If the listing was created by hand, link it to the right SKU on the marketplace or recreate it from **Marketplace > Connections > Products**.",
              "Si el anuncio se creó a mano, vincúlalo al SKU correcto en el marketplace o vuelve a crearlo desde **Marketplace > Conexiones > Productos**.",
              "Se o anúncio foi criado à mão, vincule-o ao SKU certo no marketplace ou recrie-o em **Marketplace > Conexões > Produtos**."),
        ],
        verify=[
            T("The SKU is active and visible in the marketplace's trade policy, and the reprocessed order appears in **Orders > All orders**.",
              "El SKU está activo y visible en la política comercial del marketplace, y el pedido reprocesado aparece en **Pedidos > Todos los pedidos**.",
              "O SKU está ativo e visível na política comercial do marketplace, e o pedido reprocessado aparece em **Pedidos > Todos os pedidos**."),
            T("New orders for the listing integrate without the message, and the order leaves the error list in **Marketplace > Connections > Orders**.",
              "Los nuevos pedidos del anuncio se integran sin el mensaje, y el pedido sale de la lista de errores de **Marketplace > Conexiones > Pedidos**.",
              "Novos pedidos do anúncio integram sem a mensagem, e o pedido sai da lista de erros em **Marketplace > Conexões > Pedidos**."),
        ],
    ),
    "order-status": CategoryBank(
        weight=12,
        concepts=[
            Concept("not-found", [
                T("Order {order_id} not found in the marketplace", "Pedido {order_id} no encontrado en el marketplace", "Pedido {order_id} não encontrado no marketplace"),
                T("Order {order_id} already exists in VTEX with id {code}", "El pedido {order_id} ya existe en VTEX con el id {code}", "O pedido {order_id} já existe na VTEX com o id {code}"),
            ], [T("VTEX cannot find the order, or already has it", "VTEX no encuentra el pedido, o ya lo tiene", "A VTEX não encontra o pedido, ou já o tem")],
                T("VTEX asked the marketplace for the order's data and either got nothing back or found that an order with the same id was already created.",
                  "VTEX pidió al marketplace los datos del pedido y no recibió nada o encontró que ya se había creado un pedido con el mismo id.",
                  "A VTEX pediu ao marketplace os dados do pedido e não recebeu nada ou descobriu que um pedido com o mesmo id já tinha sido criado.")),
            Concept("cancelled", [
                T("Order {order_id} is already cancelled and cannot be integrated", "El pedido {order_id} ya está cancelado y no puede integrarse",
                  "O pedido {order_id} já está cancelado e não pode ser integrado"),
                T("Order status {status} does not allow integration", "El estado del pedido {status} no permite la integración", "O status do pedido {status} não permite a integração"),
            ], [T("The order's status on the marketplace does not allow it to be created", "El estado del pedido en el marketplace no permite crearlo",
                  "O status do pedido no marketplace não permite criá-lo")],
                T("The connector only imports orders that are paid and still open on the marketplace, and this one was cancelled or moved to a status that cannot be integrated.",
                  "El conector solo importa pedidos pagados y todavía abiertos en el marketplace, y este se canceló o pasó a un estado que no se puede integrar.",
                  "O conector só importa pedidos pagos e ainda abertos no marketplace, e este foi cancelado ou passou para um status que não pode ser integrado.")),
            Concept("payment", [
                T("Payment of order {order_id} is still pending approval", "El pago del pedido {order_id} todavía está pendiente de aprobación",
                  "O pagamento do pedido {order_id} ainda está pendente de aprovação"),
                T("Order incomplete: missing payment data", "Pedido incompleto: faltan datos de pago", "Pedido incompleto: faltam dados de pagamento"),
            ], [T("The order's payment is not confirmed yet", "El pago del pedido todavía no está confirmado", "O pagamento do pedido ainda não está confirmado")],
                T("The marketplace sent the order before its payment was approved, or without the payment data VTEX needs to create it.",
                  "El marketplace envió el pedido antes de que se aprobara su pago, o sin los datos de pago que VTEX necesita para crearlo.",
                  "O marketplace enviou o pedido antes de o pagamento ser aprovado, ou sem os dados de pagamento de que a VTEX precisa para criá-lo.")),
        ],
        note=T("the order's id and its status on the marketplace", "el id del pedido y su estado en el marketplace", "o id do pedido e o status dele no marketplace"),
        causes=[
            T("The customer or the marketplace cancelled the order before VTEX imported it.",
              "El cliente o el marketplace canceló el pedido antes de que VTEX lo importara.",
              "O cliente ou o marketplace cancelou o pedido antes de a VTEX importá-lo."),
            T("The order was imported twice, and the second attempt found the first one already created.",
              "El pedido se importó dos veces, y el segundo intento encontró el primero ya creado.",
              "O pedido foi importado duas vezes, e a segunda tentativa encontrou o primeiro já criado."),
            T("The payment is still under analysis by the marketplace's anti-fraud.",
              "El pago todavía está en análisis por el antifraude del marketplace.",
              "O pagamento ainda está em análise pelo antifraude do marketplace."),
            T("The order belongs to another seller account connected to the same marketplace.",
              "El pedido pertenece a otra cuenta de seller conectada al mismo marketplace.",
              "O pedido pertence a outra conta de seller conectada ao mesmo marketplace."),
            T("The order passed the time window in which the connector still imports it.",
              "El pedido superó la ventana de tiempo en la que el conector todavía lo importa.",
              "O pedido passou da janela de tempo em que o conector ainda o importa."),
        ],
        steps=[
            T("Search the order's id in **Orders > All orders** to see whether VTEX already created it.",
              "Busca el id del pedido en **Pedidos > Todos los pedidos** para ver si VTEX ya lo creó.",
              "Procure o id do pedido em **Pedidos > Todos os pedidos** para ver se a VTEX já o criou."),
            T("Check the order's status in the marketplace's seller panel and compare it with the one shown in **Marketplace > Connections > Orders**.",
              "Revisa el estado del pedido en el panel de seller del marketplace y compáralo con el que muestra **Marketplace > Conexiones > Pedidos**.",
              "Confira o status do pedido no painel de seller do marketplace e compare com o que aparece em **Marketplace > Conexões > Pedidos**."),
            T("Confirm in **Marketplace > Connections > Marketplaces and integrations** that the connector is linked to the right seller account.",
              "Confirma en **Marketplace > Conexiones > Marketplaces e integraciones** que el conector esté vinculado a la cuenta de seller correcta.",
              "Confirme em **Marketplace > Conexões > Marketplaces e Integrações** que o conector está vinculado à conta de seller certa."),
            T("Wait for the marketplace to approve the payment; the connector imports the order again on its own.",
              "Espera a que el marketplace apruebe el pago; el conector vuelve a importar el pedido por su cuenta.",
              "Aguarde o marketplace aprovar o pagamento; o conector importa o pedido de novo sozinho."),
        ],
        verify=[
            T("The order appears once in **Orders > All orders**, with the status it has on the marketplace.",
              "El pedido aparece una sola vez en **Pedidos > Todos los pedidos**, con el estado que tiene en el marketplace.",
              "O pedido aparece uma única vez em **Pedidos > Todos os pedidos**, com o status que tem no marketplace."),
            T("The order leaves the error list in **Marketplace > Connections > Orders**, or is marked there as cancelled.",
              "El pedido sale de la lista de errores de **Marketplace > Conexiones > Pedidos**, o aparece allí como cancelado.",
              "O pedido sai da lista de erros em **Marketplace > Conexões > Pedidos**, ou aparece ali como cancelado."),
        ],
    ),
    "customer-data": CategoryBank(
        weight=8,
        concepts=[
            Concept("document", [
                T("Invalid customer document {document}", "Documento del cliente inválido {document}", "Documento do cliente inválido {document}"),
                T("Buyer tax id is missing", "Falta el número fiscal del comprador", "CPF/CNPJ do comprador ausente"),
            ], [T("The buyer's document is missing or invalid", "El documento del comprador falta o es inválido", "O documento do comprador está ausente ou é inválido")],
                T("VTEX validates the buyer's document before creating the order, because invoices and carriers need it, and the one the marketplace sent is empty or malformed.",
                  "VTEX valida el documento del comprador antes de crear el pedido, porque las facturas y las transportadoras lo necesitan, y el que envió el marketplace está vacío o mal formado.",
                  "A VTEX valida o documento do comprador antes de criar o pedido, porque a nota fiscal e a transportadora precisam dele, e o que o marketplace enviou está vazio ou mal formado.")),
            Concept("phone", [
                T("Customer phone number {phone} is not valid", "El teléfono del cliente {phone} no es válido", "O telefone do cliente {phone} não é válido"),
                T("Customer email is missing or invalid", "El correo del cliente falta o es inválido", "O e-mail do cliente está ausente ou é inválido"),
            ], [T("The buyer's phone or email is invalid", "El teléfono o el correo del comprador es inválido", "O telefone ou o e-mail do comprador é inválido")],
                T("The order reached VTEX with a contact field in a format the store's checkout does not accept, so the customer profile cannot be created.",
                  "El pedido llegó a VTEX con un dato de contacto en un formato que el checkout de la tienda no acepta, así que no se puede crear el perfil del cliente.",
                  "O pedido chegou à VTEX com um dado de contato em um formato que o checkout da loja não aceita, então o perfil do cliente não pode ser criado.")),
            Concept("address", [
                T("Delivery address is incomplete: field {field} is required", "La dirección de entrega está incompleta: el campo {field} es obligatorio",
                  "O endereço de entrega está incompleto: o campo {field} é obrigatório"),
                T("Postal code {postal_code} does not match the delivery city", "El código postal {postal_code} no corresponde a la ciudad de entrega",
                  "O CEP {postal_code} não corresponde à cidade de entrega"),
            ], [T("The delivery address of the order is incomplete", "La dirección de entrega del pedido está incompleta", "O endereço de entrega do pedido está incompleto")],
                T("The address the marketplace sent lacks a field the store's checkout requires, or its parts contradict each other.",
                  "La dirección que envió el marketplace no tiene un campo que el checkout de la tienda exige, o sus partes se contradicen.",
                  "O endereço que o marketplace enviou não tem um campo que o checkout da loja exige, ou as partes dele se contradizem.")),
        ],
        note=T("the buyer's data exactly as the marketplace sent it", "los datos del comprador tal como los envió el marketplace", "os dados do comprador exatamente como o marketplace enviou"),
        causes=[
            T("The buyer typed the document or the phone with a wrong number of digits on the marketplace.",
              "El comprador escribió el documento o el teléfono con una cantidad de dígitos incorrecta en el marketplace.",
              "O comprador digitou o documento ou o telefone com uma quantidade de dígitos errada no marketplace."),
            T("The marketplace masks personal data, and the connector receives placeholder values.",
              "El marketplace oculta los datos personales, y el conector recibe valores ficticios.",
              "O marketplace mascara os dados pessoais, e o conector recebe valores fictícios."),
            T("The store made a field required in the checkout that the marketplace never sends.",
              "La tienda hizo obligatorio en el checkout un campo que el marketplace nunca envía.",
              "A loja tornou obrigatório no checkout um campo que o marketplace nunca envia."),
            T("The address is in a country or format the store's checkout does not accept.",
              "La dirección está en un país o un formato que el checkout de la tienda no acepta.",
              "O endereço está em um país ou formato que o checkout da loja não aceita."),
        ],
        steps=[
            T("Compare the buyer's data in the marketplace's seller panel with the fields required in **Store Setup > Checkout > Configuration**.",
              "Compara los datos del comprador en el panel de seller del marketplace con los campos obligatorios en **Configuración de la tienda > Checkout > Configuración**.",
              "Compare os dados do comprador no painel de seller do marketplace com os campos obrigatórios em **Configurações da loja > Checkout > Configuração**."),
            T("Ask the marketplace's support to correct the buyer's data when the document or the address is wrong at the source.",
              "Pide al soporte del marketplace que corrija los datos del comprador cuando el documento o la dirección están mal en el origen.",
              "Peça ao suporte do marketplace que corrija os dados do comprador quando o documento ou o endereço estão errados na origem."),
            T("Check the address format of the country in **Store Setup > Checkout > Configuration** and relax a rule the marketplace cannot meet.",
              "Revisa el formato de dirección del país en **Configuración de la tienda > Checkout > Configuración** y flexibiliza una regla que el marketplace no puede cumplir.",
              "Confira o formato de endereço do país em **Configurações da loja > Checkout > Configuração** e flexibilize uma regra que o marketplace não consegue cumprir."),
        ],
        verify=[
            T("The order appears in **Orders > All orders** with the buyer's data filled in.",
              "El pedido aparece en **Pedidos > Todos los pedidos** con los datos del comprador completos.",
              "O pedido aparece em **Pedidos > Todos os pedidos** com os dados do comprador preenchidos."),
        ],
    ),
    "shipping": CategoryBank(
        weight=8,
        concepts=[
            Concept("carrier", [
                T("Carrier {carrier} is not registered in the ERP", "La transportadora {carrier} no está registrada en el ERP", "A transportadora {carrier} não está cadastrada no ERP"),
                T("Carrier not mapped for delivery option {sla}", "Transportadora no mapeada para la opción de entrega {sla}", "Transportadora não mapeada para a opção de entrega {sla}"),
            ], [T("The order's carrier is unknown to the store's systems", "La transportadora del pedido es desconocida para los sistemas de la tienda",
                  "A transportadora do pedido é desconhecida pelos sistemas da loja")],
                T("The order names a carrier that the store's ERP or the connector's mapping does not know, so the shipment cannot be handed over.",
                  "El pedido nombra una transportadora que el ERP de la tienda o el mapeo del conector no conoce, así que el envío no se puede entregar.",
                  "O pedido cita uma transportadora que o ERP da loja ou o mapeamento do conector não conhece, então o envio não pode ser despachado.")),
            Concept("tracking", [
                T("Tracking number is required to set order {order_id} as shipped", "El número de seguimiento es obligatorio para marcar el pedido {order_id} como enviado",
                  "O código de rastreio é obrigatório para marcar o pedido {order_id} como enviado"),
                T("Setting status to shipped is not allowed for this order", "No está permitido cambiar el estado a enviado para este pedido",
                  "Não é permitido mudar o status para enviado neste pedido"),
            ], [T("The marketplace refuses to mark the order as shipped", "El marketplace no acepta marcar el pedido como enviado", "O marketplace recusa marcar o pedido como enviado")],
                T("VTEX tried to tell the marketplace that the order was shipped, and the marketplace refused the update because something it requires was missing.",
                  "VTEX intentó avisar al marketplace que el pedido se envió, y el marketplace rechazó la actualización porque faltaba algo que exige.",
                  "A VTEX tentou avisar o marketplace de que o pedido foi enviado, e o marketplace recusou a atualização porque faltava algo que ele exige.")),
            Concept("label", [
                T("Could not generate the shipping label for package {code}", "No fue posible generar la etiqueta de envío del paquete {code}",
                  "Não foi possível gerar a etiqueta de envio do pacote {code}"),
                T("Package dimensions exceed the carrier limits", "Las dimensiones del paquete superan los límites de la transportadora",
                  "As dimensões do pacote excedem os limites da transportadora"),
            ], [T("The shipping label of the order cannot be generated", "No se puede generar la etiqueta de envío del pedido", "A etiqueta de envio do pedido não pode ser gerada")],
                T("The marketplace's logistics service refused to issue a label for the package, usually because of its size, weight or missing invoice data.",
                  "El servicio logístico del marketplace no emitió la etiqueta del paquete, normalmente por su tamaño, su peso o por datos de factura que faltan.",
                  "O serviço de logística do marketplace recusou emitir a etiqueta do pacote, normalmente por causa do tamanho, do peso ou de dados da nota fiscal que faltam.")),
        ],
        note=T("the carrier, the package and the tracking data", "la transportadora, el paquete y los datos de seguimiento", "a transportadora, o pacote e os dados de rastreio"),
        causes=[
            T("The carrier was added to the shipping policies but not to the ERP that issues the shipment.",
              "La transportadora se agregó a las políticas de envío pero no al ERP que emite el envío.",
              "A transportadora foi adicionada às políticas de envio mas não ao ERP que emite o envio."),
            T("The tracking data was sent without the tracking number or the carrier's name.",
              "Los datos de seguimiento se enviaron sin el número de seguimiento o sin el nombre de la transportadora.",
              "Os dados de rastreio foram enviados sem o código de rastreio ou sem o nome da transportadora."),
            T("The order is fulfilled by the marketplace's own logistics, which does not accept tracking from the store.",
              "El pedido se entrega con la logística propia del marketplace, que no acepta seguimiento de la tienda.",
              "O pedido é entregue pela logística do próprio marketplace, que não aceita rastreio da loja."),
            T("The package's registered dimensions are larger than the carrier allows.",
              "Las dimensiones registradas del paquete son mayores de lo que permite la transportadora.",
              "As dimensões cadastradas do pacote são maiores do que a transportadora permite."),
        ],
        steps=[
            T("Check the tracking data of the order in **Orders > All orders** and fill in the tracking number and the carrier.",
              "Revisa los datos de seguimiento del pedido en **Pedidos > Todos los pedidos** y completa el número de seguimiento y la transportadora.",
              "Confira os dados de rastreio do pedido em **Pedidos > Todos os pedidos** e preencha o código de rastreio e a transportadora."),
            T("Register the carrier in the ERP with the same name it has in **Shipping > Shipping policies**.",
              "Registra la transportadora en el ERP con el mismo nombre que tiene en **Envío > Políticas de envío**.",
              "Cadastre a transportadora no ERP com o mesmo nome que ela tem em **Envio > Políticas de envio**."),
            T("Review the SKU's dimensions in **Catalog > Products and SKUs** and correct the ones that exceed the carrier's limits.",
              "Revisa las dimensiones del SKU en **Catálogo > Productos y SKUs** y corrige las que superan los límites de la transportadora.",
              "Revise as dimensões do SKU em **Catálogo > Produtos e SKUs** e corrija as que excedem os limites da transportadora."),
        ],
        verify=[
            T("The order shows as shipped on the marketplace, and its tracking appears in **Orders > All orders**.",
              "El pedido aparece como enviado en el marketplace, y su seguimiento aparece en **Pedidos > Todos los pedidos**.",
              "O pedido aparece como enviado no marketplace, e o rastreio aparece em **Pedidos > Todos os pedidos**."),
        ],
    ),
    "invoice": CategoryBank(
        weight=6,
        concepts=[
            Concept("key", [
                T("Invoice key {invoice_key} is invalid", "La clave de la factura {invoice_key} no es válida", "A chave da nota fiscal {invoice_key} é inválida"),
                T("Invoice number already used by another order", "El número de factura ya se usó en otro pedido", "O número da nota fiscal já foi usado em outro pedido"),
            ], [T("The invoice sent for the order is not accepted", "La factura enviada para el pedido no se acepta", "A nota fiscal enviada para o pedido não é aceita")],
                T("The marketplace checks the invoice data VTEX sends before it releases the order for shipping, and the key or the number of this invoice failed that check.",
                  "El marketplace revisa los datos de factura que envía VTEX antes de liberar el pedido para el envío, y la clave o el número de esta factura no pasó esa revisión.",
                  "O marketplace confere os dados da nota fiscal que a VTEX envia antes de liberar o pedido para o envio, e a chave ou o número desta nota não passou nessa conferência.")),
            Concept("value", [
                T("Invoice value ({amount}) differs from the order total ({expected})", "El valor de la factura ({amount}) difiere del total del pedido ({expected})",
                  "O valor da nota fiscal ({amount}) difere do total do pedido ({expected})"),
                T("Invoice issue date {date} is earlier than the order date", "La fecha de emisión de la factura {date} es anterior a la fecha del pedido",
                  "A data de emissão da nota fiscal {date} é anterior à data do pedido"),
            ], [T("The invoice's value or date does not fit the order", "El valor o la fecha de la factura no corresponde al pedido",
                  "O valor ou a data da nota fiscal não corresponde ao pedido")],
                T("The invoice VTEX sent does not agree with the order on the marketplace: its total or its date is outside what the marketplace accepts.",
                  "La factura que envió VTEX no coincide con el pedido en el marketplace: su total o su fecha está fuera de lo que el marketplace acepta.",
                  "A nota fiscal que a VTEX enviou não confere com o pedido no marketplace: o total ou a data está fora do que o marketplace aceita.")),
        ],
        note=T("the invoice number, key, value and date", "el número, la clave, el valor y la fecha de la factura", "o número, a chave, o valor e a data da nota fiscal"),
        causes=[
            T("The ERP sent the invoice before the tax authority authorized it, or with a typo in the key.",
              "El ERP envió la factura antes de que la autoridad fiscal la autorizara, o con un error en la clave.",
              "O ERP enviou a nota fiscal antes de a Sefaz autorizá-la, ou com um erro de digitação na chave."),
            T("The invoice covers only part of the items, and the marketplace expects the full order.",
              "La factura cubre solo una parte de los ítems, y el marketplace espera el pedido completo.",
              "A nota fiscal cobre só uma parte dos itens, e o marketplace espera o pedido completo."),
            T("The same invoice number was reused after a cancellation.",
              "El mismo número de factura se reutilizó después de una cancelación.",
              "O mesmo número de nota fiscal foi reutilizado depois de um cancelamento."),
        ],
        steps=[
            T("Open the order in **Orders > All orders** and compare the invoice data with the document your ERP issued.",
              "Abre el pedido en **Pedidos > Todos los pedidos** y compara los datos de la factura con el documento que emitió tu ERP.",
              "Abra o pedido em **Pedidos > Todos os pedidos** e compare os dados da nota fiscal com o documento que o seu ERP emitiu."),
            T("Correct the invoice in the ERP and send it again so it replaces the one in **Orders > All orders**.",
              "Corrige la factura en el ERP y envíala de nuevo para que reemplace la que está en **Pedidos > Todos los pedidos**.",
              "Corrija a nota fiscal no ERP e envie de novo para que ela substitua a que está em **Pedidos > Todos os pedidos**."),
            T("If only some items were invoiced, send one invoice per package as the marketplace requires.",
              "Si solo se facturaron algunos ítems, envía una factura por paquete como exige el marketplace.",
              "Se só alguns itens foram faturados, envie uma nota fiscal por pacote como o marketplace exige."),
        ],
        verify=[
            T("The order moves to invoiced on the marketplace, and its shipping label can be generated.",
              "El pedido pasa a facturado en el marketplace, y se puede generar su etiqueta de envío.",
              "O pedido passa para faturado no marketplace, e a etiqueta de envio pode ser gerada."),
        ],
    ),
    "authentication": CategoryBank(
        weight=4,
        concepts=[
            Concept("token", [
                T("Access token for the connector has expired", "El token de acceso del conector ha expirado", "O token de acesso do conector expirou"),
                T("Unauthorized: invalid credentials for seller {seller}", "No autorizado: credenciales inválidas para el seller {seller}",
                  "Não autorizado: credenciais inválidas para o seller {seller}"),
            ], [T("The connector's access to the marketplace has expired", "El acceso del conector al marketplace expiró", "O acesso do conector ao marketplace expirou")],
                T("Every call the connector makes to the marketplace carries an authorization, and the marketplace no longer accepts the one the store granted.",
                  "Cada llamada que hace el conector al marketplace lleva una autorización, y el marketplace ya no acepta la que otorgó la tienda.",
                  "Cada chamada que o conector faz ao marketplace leva uma autorização, e o marketplace não aceita mais a que a loja concedeu.")),
            Concept("forbidden", [
                T("Forbidden access to the marketplace API (status {code})", "Acceso prohibido a la API del marketplace (status {code})",
                  "Acesso proibido à API do marketplace (status {code})"),
                T("The App Key used by the integration lacks the required role", "La App Key que usa la integración no tiene el rol necesario",
                  "A App Key usada pela integração não tem o perfil necessário"),
            ], [T("The integration's key lacks permission", "La clave de la integración no tiene permiso", "A chave da integração não tem permissão")],
                T("The key or the account the integration uses exists, but it is not allowed to do what the connector asked for.",
                  "La clave o la cuenta que usa la integración existe, pero no tiene permiso para hacer lo que pidió el conector.",
                  "A chave ou a conta que a integração usa existe, mas não tem permissão para fazer o que o conector pediu.")),
        ],
        note=T("when the message started to appear", "desde cuándo aparece el mensaje", "desde quando a mensagem aparece"),
        causes=[
            T("The password of the marketplace account was changed, which revokes the connector's authorization.",
              "Se cambió la contraseña de la cuenta del marketplace, lo que revoca la autorización del conector.",
              "A senha da conta do marketplace foi trocada, o que revoga a autorização do conector."),
            T("The app was removed from the marketplace account's authorized applications.",
              "La aplicación se quitó de las aplicaciones autorizadas de la cuenta del marketplace.",
              "O aplicativo foi removido dos aplicativos autorizados da conta do marketplace."),
            T("The App Key was regenerated, or its role lost a resource the integration needs.",
              "La App Key se regeneró, o su rol perdió un recurso que la integración necesita.",
              "A App Key foi gerada de novo, ou o perfil dela perdeu um recurso de que a integração precisa."),
        ],
        steps=[
            T("Authorize the connector again in **Marketplace > Connections > Marketplaces and integrations** with the marketplace account.",
              "Vuelve a autorizar el conector en **Marketplace > Conexiones > Marketplaces e integraciones** con la cuenta del marketplace.",
              "Autorize o conector de novo em **Marketplace > Conexões > Marketplaces e Integrações** com a conta do marketplace."),
            T("Check the role of the integration's key in **Account settings > Account management > Roles**.",
              "Revisa el rol de la clave de la integración en **Configuración de la cuenta > Gestión de la cuenta > Roles**.",
              "Confira o perfil da chave da integração em **Configurações da conta > Gerenciamento da conta > Perfis de acesso**."),
        ],
        verify=[
            T("New orders arrive in **Marketplace > Connections > Orders** without the message.",
              "Los pedidos nuevos llegan a **Marketplace > Conexiones > Pedidos** sin el mensaje.",
              "Os pedidos novos chegam a **Marketplace > Conexões > Pedidos** sem a mensagem."),
        ],
    ),
    "other": CategoryBank(
        weight=5,
        concepts=[
            Concept("retry", [
                T("Retry time limit reached for order {order_id}", "Se alcanzó el tiempo límite de reintentos del pedido {order_id}",
                  "Tempo limite de novas tentativas atingido para o pedido {order_id}"),
                T("Internal error while processing the order", "Error interno al procesar el pedido", "Erro interno ao processar o pedido"),
            ], [T("VTEX gave up trying to integrate the order", "VTEX dejó de intentar integrar el pedido", "A VTEX desistiu de integrar o pedido")],
                T("VTEX retries an order that fails for a temporary reason for a limited time, and this one kept failing until that time ran out.",
                  "VTEX reintenta por un tiempo limitado un pedido que falla por un motivo temporal, y este siguió fallando hasta que ese tiempo se agotó.",
                  "A VTEX tenta de novo por um tempo limitado um pedido que falha por um motivo temporário, e este continuou falhando até esse tempo acabar.")),
            Concept("charset", [
                T("Field {field} contains invalid characters", "El campo {field} contiene caracteres inválidos", "O campo {field} contém caracteres inválidos"),
                T("Timeout when calling the seller's fulfillment endpoint", "Tiempo de espera agotado al llamar al endpoint de fulfillment del seller",
                  "Tempo esgotado ao chamar o endpoint de fulfillment do seller"),
            ], [T("A technical problem stopped the order", "Un problema técnico detuvo el pedido", "Um problema técnico parou o pedido")],
                T("The order failed for a reason that is neither the catalog nor the stock: a field with characters the marketplace rejects, or a service that did not answer in time.",
                  "El pedido falló por un motivo que no es el catálogo ni el stock: un campo con caracteres que el marketplace rechaza, o un servicio que no respondió a tiempo.",
                  "O pedido falhou por um motivo que não é o catálogo nem o estoque: um campo com caracteres que o marketplace recusa, ou um serviço que não respondeu a tempo.")),
        ],
        note=T("the full message and the time of the attempt", "el mensaje completo y la hora del intento", "a mensagem completa e a hora da tentativa"),
        causes=[
            T("An external seller's fulfillment endpoint was slow or offline when VTEX called it.",
              "El endpoint de fulfillment de un seller externo estaba lento o fuera de línea cuando VTEX lo llamó.",
              "O endpoint de fulfillment de um seller externo estava lento ou fora do ar quando a VTEX o chamou."),
            T("A product name or an address contains emoji or control characters.",
              "Un nombre de producto o una dirección contiene emojis o caracteres de control.",
              "Um nome de produto ou um endereço contém emojis ou caracteres de controle."),
            T("A temporary outage of the marketplace's API lasted longer than the retry period.",
              "Una caída temporal de la API del marketplace duró más que el período de reintentos.",
              "Uma instabilidade temporária da API do marketplace durou mais que o período de novas tentativas."),
        ],
        steps=[
            T("Check the status of the seller's endpoint in **Marketplace > Sellers > Management**.",
              "Revisa el estado del endpoint del seller en **Marketplace > Sellers > Gestión**.",
              "Confira o status do endpoint do seller em **Marketplace > Sellers > Gerenciamento**."),
            T("Remove the characters the marketplace rejects from the product name in **Catalog > Products and SKUs**.",
              "Quita los caracteres que el marketplace rechaza del nombre del producto en **Catálogo > Productos y SKUs**.",
              "Remova os caracteres que o marketplace recusa do nome do produto em **Catálogo > Produtos e SKUs**."),
        ],
        verify=[
            T("The reprocessed order appears in **Orders > All orders** and leaves the error list.",
              "El pedido reprocesado aparece en **Pedidos > Todos los pedidos** y sale de la lista de errores.",
              "O pedido reprocessado aparece em **Pedidos > Todos os pedidos** e sai da lista de erros."),
        ],
    ),
}

FIRST_STEP = T("Open the order in **Marketplace > Connections > Orders** and note {note}.",
               "Abre el pedido en **Marketplace > Conexiones > Pedidos** y anota {note}.",
               "Abra o pedido em **Marketplace > Conexões > Pedidos** e anote {note}.")
LAST_STEPS = [
    T("Once the cause is fixed, reprocess the order with **Actions > Reprocess** in **Marketplace > Connections > Orders**.",
      "Cuando la causa esté resuelta, reprocesa el pedido con **Acciones > Reprocesar** en **Marketplace > Conexiones > Pedidos**.",
      "Quando a causa estiver resolvida, reprocesse o pedido com **Ações > Reprocessar** em **Marketplace > Conexões > Pedidos**."),
    T("Ask the marketplace to send the order again, or reprocess it in **Marketplace > Connections > Orders**; if it cannot be fulfilled, cancel the sale on the marketplace.",
      "Pide al marketplace que envíe el pedido de nuevo, o reprocésalo en **Marketplace > Conexiones > Pedidos**; si no se puede cumplir, cancela la venta en el marketplace.",
      "Peça ao marketplace que envie o pedido de novo, ou reprocesse-o em **Marketplace > Conexões > Pedidos**; se não puder ser atendido, cancele a venda no marketplace."),
]
CONSEQUENCES = [
    T("VTEX only creates orders it can fulfil, so the whole order is held back, not just the item.",
      "VTEX solo crea pedidos que puede cumplir, así que retiene el pedido completo, no solo el ítem.",
      "A VTEX só cria pedidos que consegue atender, por isso retém o pedido inteiro, e não apenas o item."),
    T("The order stays out of the store until the cause is fixed and the order is reprocessed.",
      "El pedido queda fuera de la tienda hasta que se corrige la causa y se reprocesa el pedido.",
      "O pedido fica fora da loja até que a causa seja corrigida e o pedido seja reprocessado."),
    T("Nothing is charged or reserved in the store while the order is in this state.",
      "Mientras el pedido está en este estado, no se cobra ni se reserva nada en la tienda.",
      "Enquanto o pedido está neste estado, nada é cobrado nem reservado na loja."),
]
GENERIC_CAUSE = T("A temporary failure between the connector and VTEX interrupted the integration, and the automatic retries did not succeed.",
                  "Una falla temporal entre el conector y VTEX interrumpió la integración, y los reintentos automáticos no tuvieron éxito.",
                  "Uma falha temporária entre o conector e a VTEX interrompeu a integração, e as novas tentativas automáticas não deram certo.")

# How each marketplace is named inside a Portuguese sentence ("o conector da Amazon").
PT_OF = {"amazon": "da Amazon", "mercado-libre": "do Mercado Livre", "dafiti": "da Dafiti", "magazine-luiza": "da Magazine Luiza",
         "b2w": "da B2W", "via": "da Via", "netshoes": "da Netshoes", "carrefour": "do Carrefour", "walmart": "do Walmart"}
# The languages each marketplace emits its messages in (weights for en, es, pt).
LANG_WEIGHTS = {"amazon": (5, 2, 3), "mercado-libre": (1, 5, 4), "dafiti": (1, 1, 8), "magazine-luiza": (0, 0, 1), "b2w": (0, 0, 1),
                "via": (1, 0, 9), "netshoes": (1, 1, 8), "carrefour": (1, 2, 7), "walmart": (5, 4, 1)}
GENERIC_LANG_WEIGHTS = (3, 2, 5)


# --- building an entry ---------------------------------------------------------------------------------------


@functools.cache
def word_key(template: str) -> tuple[str, ...]:
    """The words a message pins down, folded: two messages with the same ones cannot be told apart by a matcher."""
    return tuple(TOKEN.findall(fold(" ".join(parse(template).literals))))


def slugify(text: str, limit: int = 64) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in {"the", "a", "an", "of", "s"}]
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or "error"


def _join(items: list[str], lang: str) -> str:
    conj = {"en": " and ", "es": " y ", "pt": " e "}[lang]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + conj + items[-1]


@dataclass
class Generator:
    seed: int
    marketplaces: dict[str, str]  # slug -> name
    used_messages: set[str] = field(default_factory=set)
    used_words: set[tuple[str, ...]] = field(default_factory=set)
    used_ids: set[str] = field(default_factory=set)
    by_category: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def _free(self, template: str) -> bool:
        return normalize_message(template) not in self.used_messages and word_key(template) not in self.used_words

    def _take(self, template: str) -> None:
        self.used_messages.add(normalize_message(template))
        self.used_words.add(word_key(template))

    def _compose(self, bank: CategoryBank, lang_order: list[str]) -> tuple[Concept, dict[str, str], dict[str, str]] | None:
        """A message in each of `lang_order`'s languages (the same combination of parts), all new to the catalog."""
        rng = self.rng
        contexts = CONTEXTS + bank.contexts
        weights = CONTEXT_WEIGHTS + [2] * len(bank.contexts)
        for _ in range(60):
            concept = rng.choice(bank.concepts)
            form = rng.choice(concept.forms)
            prefix = rng.choices(PREFIXES, PREFIX_WEIGHTS)[0]
            context, context_title = rng.choices(contexts, weights)[0]
            ending = rng.choices(ENDINGS, ENDING_WEIGHTS)[0]
            texts = {}
            for lang in lang_order:
                parts = [prefix[lang], form[lang], context[lang], ending[lang]]
                names = [parse(p).placeholders for p in parts]
                flat = [n for ns in names for n in ns]
                if len(flat) != len(set(flat)):  # the same value named twice: not a message a connector writes
                    break
                texts[lang] = "".join(parts)
            else:
                if all(self._free(t) for t in texts.values()) and len({word_key(t) for t in texts.values()}) == len(texts):
                    for t in texts.values():
                        self._take(t)
                    return concept, texts, context_title
        return None

    def _variant(self, text: str, lang: str) -> str | None:
        """Another spelling of the message: a word swapped, or the message cut before its context."""
        rng = self.rng
        options = [(old, new) for old, new in SYNONYMS[lang] if re.search(rf"\b{re.escape(old)}\b", text)]
        rng.shuffle(options)
        for old, new in options:
            candidate = re.sub(rf"\b{re.escape(old)}\b", new, text, count=1)
            if self._free(candidate):
                return candidate
        return None

    def _example(self, template: str, values_rng: random.Random) -> str:
        names = parse(template).placeholders
        return parse(template).fill({n: values_rng.choice(VALUES[n]) for n in names})

    def entry(self, category: str) -> dict | None:
        rng = self.rng
        bank = BANKS[category]
        # Who shows it, and in which language it is emitted.
        roll = rng.random()
        slugs = list(self.marketplaces)
        if roll < 0.10:
            generic, shown = True, sorted(rng.sample(slugs, rng.choice([0, 0, 1, 2, 3])))
        elif roll < 0.30:
            generic, shown = False, sorted(rng.sample(slugs, rng.choice([2, 2, 3])))
        else:
            generic, shown = False, [rng.choice(slugs)]
        weights = GENERIC_LANG_WEIGHTS if generic or not shown else LANG_WEIGHTS[shown[0]]
        primary = rng.choices(LANGS, weights)[0]
        others = [lang for lang in LANGS if lang != primary]
        extra = rng.random()
        langs = [primary] + (others if extra < 0.08 else [rng.choice(others)] if extra < 0.25 else [])
        composed = self._compose(bank, langs)
        if composed is None:
            return None
        concept, texts, context_title = composed

        messages = []
        for lang in langs:
            text = texts[lang]
            message: dict = {"lang": lang, "text": text}
            variant = self._variant(text, lang) if rng.random() < 0.2 else None
            templates = [text] + ([variant] if variant else [])
            if variant:
                self._take(variant)
            if rng.random() < 0.5:
                message["examples"] = [self._example(rng.choice(templates), rng)]
            names = list(dict.fromkeys(n for t in templates for n in parse(t).placeholders))
            if names:
                message["placeholders"] = FlowMap({n: PLACEHOLDERS[n][0] for n in names})
            if variant:
                message["variants"] = [variant]
            messages.append(message)

        names = list(dict.fromkeys(n for t in texts.values() for n in parse(t).placeholders))
        title = rng.choice(concept.titles)
        mp_name = {lang: self._marketplace_phrase(shown, generic, lang) for lang in LANGS}
        titles = {lang: title[lang] + context_title[lang] for lang in LANGS}
        if shown and not generic and rng.random() < 0.4:
            titles = {lang: f"{titles[lang]} ({', '.join(self.marketplaces[s] for s in shown)})" for lang in LANGS}

        # meaning: 2-4 sentences
        meaning = {lang: [concept.meaning[lang]] for lang in LANGS}
        if names:
            for lang in LANGS:
                lead = {"en": "In the message, ", "es": "En el mensaje, ", "pt": "Na mensagem, "}[lang]
                verb = {"en": "is", "es": "es", "pt": "é"}[lang]
                parts = [f"`{{{n}}}` {verb} {PLACEHOLDERS[n][1][lang]}" for n in names]
                meaning[lang].append(lead + _join(parts, lang) + ".")
        extra_sentences = [mp_name, rng.choice(CONSEQUENCES)]
        rng.shuffle(extra_sentences)
        for sentence in extra_sentences[: rng.randint(1 if len(meaning["en"]) == 1 else 0, 2)]:
            for lang in LANGS:
                meaning[lang].append(sentence[lang])

        cause_pool = bank.causes + [GENERIC_CAUSE]
        picked = sorted(rng.sample(range(len(cause_pool)), rng.randint(2, min(5, len(cause_pool)))))
        steps_picked = sorted(rng.sample(range(len(bank.steps)), rng.randint(1, min(4, len(bank.steps)))))
        last = rng.choice(LAST_STEPS)
        verify = rng.choice(bank.verify)

        base = slugify(titles["en"])
        entry_id, n = base, 2
        while entry_id in self.used_ids:
            entry_id, n = f"{base}-{n}", n + 1
        self.used_ids.add(entry_id)

        created = dt.date(2017, 1, 1) + dt.timedelta(days=rng.randrange(0, 3100))
        updated = created + dt.timedelta(days=rng.randrange(0, (dt.date(2026, 11, 26) - created).days + 1))
        previous = self.by_category.setdefault(category, [])
        related = rng.sample(previous, min(len(previous), rng.choice([0, 1, 2, 3]))) if previous else []
        previous.append(entry_id)

        entry: dict = {"id": entry_id, "category": category}
        if generic:
            entry["generic"] = True
        if shown:
            entry["marketplaces"] = Flow(shown)
        entry.update({
            "created": created,
            "updated": updated,
            "title": titles,
            "messages": messages,
            "meaning": {lang: " ".join(meaning[lang]) for lang in LANGS},
            "causes": {lang: [cause_pool[i][lang] for i in picked] for lang in LANGS},
            "solution": {lang: [FIRST_STEP[lang].format(note=bank.note[lang]), *(bank.steps[i][lang] for i in steps_picked), last[lang]]
                         for lang in LANGS},
            "verify": verify,
        })
        if related:
            entry["related"] = Flow(related)
        return entry

    def _marketplace_phrase(self, shown: list[str], generic: bool, lang: str) -> str:
        if generic or not shown:
            return {"en": "VTEX itself shows this message, so it can appear for orders from any connected marketplace.",
                    "es": "VTEX muestra este mensaje por su cuenta, así que puede aparecer en pedidos de cualquier marketplace conectado.",
                    "pt": "A própria VTEX mostra esta mensagem, por isso ela pode aparecer em pedidos de qualquer marketplace conectado."}[lang]
        names = [self.marketplaces[s] for s in shown]
        if lang == "en":
            plural = "connectors show" if len(names) > 1 else "connector shows"
            return f"The {_join(names, 'en')} {plural} this message while importing the order."
        if lang == "es":
            return (f"Los conectores de {_join(names, 'es')} muestran este mensaje al importar el pedido." if len(names) > 1
                    else f"El conector de {names[0]} muestra este mensaje al importar el pedido.")
        of = [PT_OF.get(s, "de " + self.marketplaces[s]) for s in shown]
        return (f"Os conectores {_join(of, 'pt')} mostram esta mensagem ao importar o pedido." if len(of) > 1
                else f"O conector {of[0]} mostra esta mensagem ao importar o pedido.")


# --- writing the catalog -------------------------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    pass


class Flow(list):
    """A short list written on one line, as the real files write `marketplaces` and `related`."""


class FlowMap(dict):
    """A short mapping written on one line, as the real files write `placeholders`."""


_PLAIN = re.compile(r"^[a-z][a-z0-9_-]*$")
_Dumper.add_representer(str, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style=None if _PLAIN.match(v) else '"'))
_Dumper.add_representer(Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True))


def _dump(data: dict) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False)


def _copy_static(out: Path) -> None:
    """The real hub, marketplaces, categories and schemas; the help-center articles that lead to those pages."""
    for name in ("marketplaces", "categories", "schemas"):
        shutil.copytree(REAL_CATALOG / name, out / name)
    shutil.copy(REAL_CATALOG / "hub.yaml", out / "hub.yaml")
    index = yaml.safe_load((REAL_CATALOG / "help-center.yaml").read_text(encoding="utf-8"))
    kept = [a for a in index.get("articles", []) if not a["target"].startswith("errors/")]
    (out / "help-center.yaml").write_text(
        "# yaml-language-server: $schema=schemas/help-center.schema.json\n"
        "# Synthetic catalog: the real articles that lead to the hub, a category or a marketplace.\n"
        + yaml.safe_dump({"articles": kept}, allow_unicode=True, sort_keys=False, width=10_000),
        encoding="utf-8",
    )


def real_marketplaces() -> dict[str, str]:
    names = {}
    for path in sorted((REAL_CATALOG / "marketplaces").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        names[data["slug"]] = data["name"]
    return names


def generate_entries(n: int, seed: int) -> list[dict]:
    generator = Generator(seed, real_marketplaces())
    categories = list(BANKS)
    weights = [BANKS[c].weight for c in categories]
    entries: list[dict] = []
    failures = 0
    while len(entries) < n:
        entry = generator.entry(generator.rng.choices(categories, weights)[0])
        if entry is None:
            failures += 1
            if failures > 20 * n + 1000:
                raise RuntimeError(f"could only make {len(entries)} distinct messages; the vocabulary is too small for {n}")
            continue
        entries.append(entry)
    return entries


def write_catalog(n: int, out: Path, seed: int = 1) -> list[dict]:
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty")
    out.mkdir(parents=True, exist_ok=True)
    _copy_static(out)
    entries = generate_entries(n, seed)
    for entry in entries:
        folder = out / "errors" / entry["category"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{entry['id']}.yaml").write_text(
            "# yaml-language-server: $schema=../../schemas/error.schema.json\n" + _dump(entry), encoding="utf-8")
    return entries


# --- queries -------------------------------------------------------------------------------------------------

WRAPPERS = {
    "pt": ["Erro na integração do pedido {oid}: {msg}", "Pedido {oid} | Erro | {msg} | {day} {clock}", "Falha ao integrar o pedido {oid} -> {msg}"],
    "es": ["Error en la integración del pedido {oid}: {msg}", "Orden {oid} - Error: {msg}"],
    "en": ["Error integrating order {oid}: {msg}", "Order {oid} failed with message: {msg}"],
    "log": ['{iso} ERROR [{conn}Connector] account={acct} order={oid} msg="{msg_escaped}"',
            '{{"orderId": "{oid}", "status": "error", "message": "{msg_escaped}"}}',
            "{iso} WARN fulfillment-worker {msg} (order {oid})"],
}
CONNECTORS = ["MercadoLibre", "Amazon", "Via", "Netshoes", "Carrefour", "Dafiti", "Walmart", "MagazineLuiza", "B2W"]


def make_queries(entries: list[dict], seed: int, count: int | None = None) -> list[dict]:
    """Pasted messages made from the catalog's templates with realistic values: ~1 per 10 errors, at least 200."""
    rng = random.Random(seed * 7919 + 17)
    count = count or max(200, len(entries) // 10)
    order = list(range(len(entries)))
    rng.shuffle(order)
    queries = []
    for i in range(count):
        entry = entries[order[i % len(order)]]
        message = rng.choice(entry["messages"])
        templates = [message["text"], *message.get("variants", [])]
        template = templates[0] if len(templates) == 1 or rng.random() < 0.8 else rng.choice(templates[1:])
        filled = parse(template).fill({n: rng.choice(VALUES[n]) for n in parse(template).placeholders})
        if rng.random() < 0.5:
            queries.append({"query": filled, "expect_ids": [entry["id"]], "kind": "filled"})
            continue
        pool = WRAPPERS[message["lang"]] + WRAPPERS["log"]
        wrapper = rng.choice(pool)
        text = wrapper.format(
            oid=rng.choice(VALUES["order_id"]), msg=filled, msg_escaped=json.dumps(filled, ensure_ascii=False)[1:-1],
            iso=f"2024-03-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:07Z",
            conn=rng.choice(CONNECTORS), acct=rng.choice(VALUES["seller"]), day=f"{rng.randint(1, 28):02d}/03/2024",
            clock=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
        queries.append({"query": text, "expect_ids": [entry["id"]], "kind": "wrapped"})
    return queries


def write_queries(queries: list[dict], path: Path) -> None:
    Path(path).write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in queries), encoding="utf-8")

